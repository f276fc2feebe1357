// `certs`: list after add, remove asks for --yes, and bad arguments are usage errors.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

namespace {
std::set<std::string> listed_hosts(SandboxFixture& box, const FlyProject& project) {
  auto listed = run_cli_in(box, project, {"--json", "certs", "list", "fly"});
  INFO(listed.err);
  REQUIRE(listed.exit_code == 0);
  const json document = json::parse(listed.out);
  CHECK(document["target"] == "fly");
  std::set<std::string> hosts;
  for (const auto& certificate : document["certificates"])
    hosts.insert(certificate["hostname"].get<std::string>());
  return hosts;
}
}  // namespace

TEST_CASE("certs command: list shows added domains and remove needs --yes", "[commands][certs]") {
  SandboxFixture box;
  FlyProject project("certs-app");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/c:v1"}).exit_code ==
      0);
  CHECK(listed_hosts(box, project).empty());
  REQUIRE(run_cli_in(box, project, {"certs", "add", "fly", "www.example.com"}).exit_code == 0);
  REQUIRE(run_cli_in(box, project, {"certs", "add", "fly", "api.example.com"}).exit_code == 0);
  CHECK(listed_hosts(box, project) == std::set<std::string>{"api.example.com", "www.example.com"});

  auto refused = run_cli_in(box, project, {"certs", "remove", "fly", "www.example.com"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("--yes") != std::string::npos);
  CHECK(listed_hosts(box, project).size() == 2);

  auto removed =
      run_cli_in(box, project, {"--json", "--yes", "certs", "remove", "fly", "www.example.com"});
  INFO(removed.err);
  REQUIRE(removed.exit_code == 0);
  CHECK(json::parse(removed.out) ==
        json{{"target", "fly"}, {"hostname", "www.example.com"}, {"removed", true}});
  CHECK(listed_hosts(box, project) == std::set<std::string>{"api.example.com"});

  auto history = run_cli_in(box, project, {"--json", "history", "-n", "1"});
  const json entry = json::parse(history.out)["history"].at(0);
  CHECK(entry["action"] == "certs remove");
  CHECK(entry["result"] == "removed");
  CHECK(entry["details"]["hostname"] == "www.example.com");
}

TEST_CASE("certs command: missing hostname and bad durations are usage errors",
          "[commands][certs]") {
  SandboxFixture box;
  FlyProject project("certs-bad");
  auto no_host = run_cli_in(box, project, {"certs", "add", "fly"});
  CHECK(no_host.exit_code == 2);
  CHECK(no_host.err.find("'certs add' needs HOSTNAME") != std::string::npos);
  auto no_target = run_cli_in(box, project, {"certs", "list"});
  CHECK(no_target.exit_code == 2);
  auto duration = run_cli_in(
      box, project, {"certs", "check", "fly", "a.example.com", "--wait", "--wait-timeout", "soon"});
  CHECK(duration.exit_code == 2);
  CHECK(duration.err.find("--wait-timeout") != std::string::npos);
  auto unknown = run_cli_in(box, project, {"certs", "show", "nope", "a.example.com"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no target named 'nope'") != std::string::npos);
  CHECK(fly_mutations(box).empty());
}
