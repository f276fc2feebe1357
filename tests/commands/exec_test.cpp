// `exec`: the remote command's output and exit status, the audit record (program only) and
// bad input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("exec command: --json carries the machine stdout and exit code", "[commands][exec]") {
  SandboxFixture box;
  FlyProject project("exec-json");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/e:v1"}).exit_code ==
      0);
  auto ran = run_cli_in(box, project, {"--json", "exec", "fly", "--", "/app/bin/migrate", "--all"});
  INFO(ran.err);
  REQUIRE(ran.exit_code == 0);
  const json document = json::parse(ran.out);
  CHECK(document["target"] == "fly");
  CHECK(document["exit_code"] == 0);
  CHECK(document["stdout"] == "migrations complete\n");
  CHECK(box.app_machines("exec-json").size() >= 1);
  CHECK_FALSE(document["machine"].get<std::string>().empty());

  // The audit trail names the program, not its arguments.
  auto history = run_cli_in(box, project, {"--json", "history", "-n", "1"});
  REQUIRE(history.exit_code == 0);
  const json entry = json::parse(history.out)["history"].at(0);
  CHECK(entry["action"] == "exec");
  CHECK(entry["result"] == "ok");
  CHECK(entry["details"]["program"] == "/app/bin/migrate");
  CHECK(history.out.find("--all") == std::string::npos);
}

TEST_CASE("exec command: a failing remote command is exit 1 naming the code", "[commands][exec]") {
  SandboxFixture box;
  FlyProject project("exec-fail");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/e:v1"}).exit_code ==
      0);
  auto failed = run_cli_in(box, project, {"exec", "fly", "--", "printenv", "NOT_SET_ANYWHERE"});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("exited with code 1") != std::string::npos);
  auto history = run_cli_in(box, project, {"--json", "history", "-n", "1"});
  CHECK(json::parse(history.out)["history"].at(0)["result"] == "exit 1");
}

TEST_CASE("exec command: no command or a bad --timeout is a usage error", "[commands][exec]") {
  SandboxFixture box;
  FlyProject project("exec-usage");
  auto none = run_cli_in(box, project, {"exec", "fly"});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("'exec' needs COMMAND") != std::string::npos);
  auto zero = run_cli_in(box, project, {"exec", "fly", "--timeout", "0", "--", "echo", "x"});
  CHECK(zero.exit_code == 2);
  CHECK(zero.err.find("--timeout") != std::string::npos);
  auto unknown = run_cli_in(box, project, {"exec", "nope", "--", "echo", "x"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no target named 'nope'") != std::string::npos);
  CHECK(fly_mutations(box).empty());
}
