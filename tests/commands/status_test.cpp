// `status`: one target's failure under --json is the one error envelope; with every target, a
// failing one stays in the list with the same error object.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("status command: a failing target under --json is the error envelope",
          "[commands][status]") {
  SandboxFixture box;
  FlyProject project("status-test");
  REQUIRE(run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/s:v1"}).exit_code ==
          0);
  auto env = box.env();
  env["FLY_API_TOKEN"] = "wrong-token";
  env["FLY_ACCESS_TOKEN"] = "wrong-token";
  auto one = run_binary({"-C", project.dir.path().string(), "--json", "status", "fly"}, env);
  CHECK(one.exit_code == 3);
  const json document = json::parse(one.out);
  CHECK(document.size() == 1);
  CHECK(document["error"]["kind"] == "auth");
  CHECK(document["error"]["exit_code"] == 3);

  auto all = run_binary({"-C", project.dir.path().string(), "--json", "status"}, env);
  CHECK(all.exit_code == 3);
  const json list = json::parse(all.out)["targets"];
  REQUIRE(list.size() == 1);
  CHECK(list[0]["target"] == "fly");
  CHECK(list[0]["error"]["kind"] == "auth");
}
