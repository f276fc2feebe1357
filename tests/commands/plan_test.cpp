// `plan`: every step a deploy would take, without a single mutating request.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("plan command: a first deploy has steps and changes nothing", "[commands][plan]") {
  SandboxFixture box;
  FlyProject project("plan-app");
  auto planned =
      run_cli_in(box, project, {"--json", "plan", "fly", "--image", "registry.fly.io/p:v1"});
  INFO(planned.err);
  REQUIRE(planned.exit_code == 0);
  // Plans are always a list, in deploy order, so scripts read one shape.
  const json list = json::parse(planned.out)["targets"];
  REQUIRE(list.size() == 1);
  const json& document = list[0];
  CHECK(document["target"] == "fly");
  CHECK(document["purpose"] == "deploy");
  CHECK(document["changes"] == true);
  CHECK_FALSE(document["steps"].empty());
  CHECK(fly_mutations(box).empty());
  CHECK(box.fly_call("GET", "/v1/apps/plan-app").status == 404);  // not even the app

  auto human = run_cli_in(box, project, {"plan", "--image", "registry.fly.io/p:v1"});
  REQUIRE(human.exit_code == 0);
  CHECK(human.out.rfind("Plan for fly (fly):\n  1. ", 0) == 0);
}

TEST_CASE("plan command: after the same deploy there is nothing to do", "[commands][plan]") {
  SandboxFixture box;
  FlyProject project("plan-same");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/p:v1"}).exit_code ==
      0);
  const auto before = fly_mutations(box).size();
  auto planned =
      run_cli_in(box, project, {"--json", "plan", "fly", "--image", "registry.fly.io/p:v1"});
  REQUIRE(planned.exit_code == 0);
  const json document = json::parse(planned.out)["targets"].at(0);
  CHECK(document["changes"] == false);
  CHECK(document["steps"] == json::array());
  CHECK(fly_mutations(box).size() == before);
}

TEST_CASE("plan command: unknown targets and bad kind options are usage errors",
          "[commands][plan]") {
  SandboxFixture box;
  FlyProject project("plan-bad");
  auto unknown = run_cli_in(box, project, {"plan", "fly", "nope"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no target named 'nope'") != std::string::npos);
  auto strategy = run_cli_in(box, project, {"plan", "--strategy", "sideways"});
  CHECK(strategy.exit_code == 2);
  CHECK(strategy.err.find("sideways") != std::string::npos);
  CHECK(fly_mutations(box).empty());
}
