// `history`: the audit trail newest first, filtered by target and limited by -n.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("history command: an empty trail says so and --json is an empty list",
          "[commands][history]") {
  TempDir dir;
  auto human = run_binary({"-C", dir.path().string(), "history"});
  REQUIRE(human.exit_code == 0);
  CHECK(human.err.find("no recorded actions yet") != std::string::npos);
  auto machine = run_binary({"-C", dir.path().string(), "--json", "history"});
  REQUIRE(machine.exit_code == 0);
  const json document = json::parse(machine.out);
  CHECK(document["history"] == json::array());
  CHECK(document["file"].get<std::string>().find("audit") != std::string::npos);
}

TEST_CASE("history command: newest first with -n and a target filter", "[commands][history]") {
  SandboxFixture box;
  FlyProject project("history-app");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/h:v1"}).exit_code ==
      0);
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/h:v2"}).exit_code ==
      0);
  auto all = run_cli_in(box, project, {"--json", "history"});
  REQUIRE(all.exit_code == 0);
  const json entries = json::parse(all.out)["history"];
  REQUIRE(entries.size() == 2);
  CHECK(entries[0]["action"] == "deploy");
  CHECK(entries[0]["release_before"] == entries[1]["release_after"]);

  auto newest = run_cli_in(box, project, {"--json", "history", "-n", "1"});
  REQUIRE(newest.exit_code == 0);
  const json one = json::parse(newest.out)["history"];
  REQUIRE(one.size() == 1);
  CHECK(one[0] == entries[0]);

  auto other = run_cli_in(box, project, {"--json", "history", "pages"});
  REQUIRE(other.exit_code == 0);
  CHECK(json::parse(other.out)["history"].empty());

  auto table = run_cli_in(box, project, {"history"});
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.rfind("TIME", 0) == 0);
  CHECK(table.out.find("deploy") != std::string::npos);
}

TEST_CASE("history command: a limit below 1 is a usage error", "[commands][history]") {
  TempDir dir;
  auto zero = run_binary({"-C", dir.path().string(), "history", "-n", "0"});
  CHECK(zero.exit_code == 2);
  CHECK(zero.err.find("--limit") != std::string::npos);
  auto word = run_binary({"-C", dir.path().string(), "history", "--limit", "many"});
  CHECK(word.exit_code == 2);
}
