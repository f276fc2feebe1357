// `releases`: the target's releases newest first, the serving one marked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("releases command: JSON lists releases newest first with one current",
          "[commands][releases]") {
  SandboxFixture box;
  FlyProject project("releases-app");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/r:v1"}).exit_code ==
      0);
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/r:v2"}).exit_code ==
      0);
  auto listed = run_cli_in(box, project, {"--json", "releases", "fly"});
  INFO(listed.err);
  REQUIRE(listed.exit_code == 0);
  const json document = json::parse(listed.out);
  CHECK(document["target"] == "fly");
  CHECK(document["kind"] == "fly");
  const json& releases = document["releases"];
  REQUIRE(releases.size() >= 2);
  CHECK(releases[0]["current"] == true);
  CHECK(releases[0]["ref"].get<std::string>().find("r:v2") != std::string::npos);
  CHECK(releases[1]["current"] == false);
  CHECK(releases[1]["ref"].get<std::string>().find("r:v1") != std::string::npos);

  auto human = run_cli_in(box, project, {"releases"});  // the only target
  REQUIRE(human.exit_code == 0);
  CHECK(human.out.rfind("VERSION", 0) == 0);
  CHECK(human.out.find(releases[0]["version"].get<std::string>() + " *") != std::string::npos);
}

TEST_CASE("releases command: an unknown target or an empty folder is a clear error",
          "[commands][releases]") {
  SandboxFixture box;
  FlyProject project("releases-bad");
  auto unknown = run_cli_in(box, project, {"releases", "nope"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no target named 'nope'") != std::string::npos);
  TempDir empty;
  auto none = run_binary({"-C", empty.path().string(), "releases"}, box.env());
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("no deploy targets") != std::string::npos);
}
