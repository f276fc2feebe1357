// The rollout strategies on the emulator: immediate, canary (an extra machine first, destroyed
// at the end; a failing canary changes nothing) and bluegreen (new machines replace the old),
// plus the checks a strategy makes before running and the pool size of a rolling deploy.
#include "targets/fly/deploy/strategies.h"

#include <catch2/catch.hpp>
#include <set>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ErrorKind;
using raxol::fly::FlyPlanDetail;
using raxol::fly::Strategy;
using raxol::fly::test::deploy;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::machine_images;
using raxol::fly::test::options;
using raxol::test::test_fly_toml;
using Images = std::vector<std::string>;

namespace {

const std::string kV1 = "registry.fly.io/web:v1";
const std::string kV2 = "registry.fly.io/web:v2";

std::set<std::string> machine_ids(FlyTestContext& fly) {
  std::set<std::string> ids;
  for (const auto& machine : fly.box().app_machines("web")) ids.insert(machine["id"].get<std::string>());
  return ids;
}

}  // namespace

TEST_CASE("fly strategies: pool size is a count or a fraction rounded up", "[fly][deploy]") {
  using raxol::fly::pool_size;
  CHECK(pool_size(0.33, 10) == 4);
  CHECK(pool_size(0.33, 1) == 1);
  CHECK(pool_size(0.5, 4) == 2);
  CHECK(pool_size(2, 10) == 2);
  CHECK(pool_size(3.7, 10) == 3);
  CHECK(pool_size(0.01, 3) == 1);
  CHECK(pool_size(0.5, 0) == 1);
}

TEST_CASE("fly strategies: bluegreen needs checks and canary no mounts", "[fly][deploy]") {
  FlyPlanDetail plan;
  plan.inputs.group_configs["app"] = {{"services", json::array({{{"internal_port", 80}}})}};
  auto refused = raxol::fly::check_strategy(Strategy::bluegreen, plan);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::config);
  CHECK(refused.error().message.rfind("bluegreen needs health checks: process group 'app'", 0) == 0);
  CHECK(raxol::fly::check_strategy(Strategy::rolling, plan).ok());
  plan.inputs.group_configs["app"]["checks"] = {{"alive", {{"type", "tcp"}}}};
  CHECK(raxol::fly::check_strategy(Strategy::bluegreen, plan).ok());
  plan.inputs.group_configs["app"]["mounts"] = json::array({{{"volume", "data"}}});
  auto canary = raxol::fly::check_strategy(Strategy::canary, plan);
  REQUIRE_FALSE(canary.ok());
  CHECK(canary.error().message ==
        "canary cannot be used with mounted volumes (process group 'app')");
}

TEST_CASE("fly strategies: immediate updates every machine in place", "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  auto before = machine_ids(fly);
  auto outcome = deploy(fly, *target, kV2, options({{"strategy", "immediate"}}));
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(outcome->details["strategy"] == "immediate");
  CHECK(outcome->details["machines_updated"] == 2);
  CHECK(machine_images(fly, "web") == Images{kV2, kV2});
  CHECK(machine_ids(fly) == before);
}

TEST_CASE("fly strategies: canary verifies an extra machine first and destroys it",
          "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  auto before = machine_ids(fly);
  auto outcome = deploy(fly, *target, kV2, options({{"strategy", "canary"}}));
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(machine_images(fly, "web") == Images{kV2, kV2});
  CHECK(machine_ids(fly) == before);
  CHECK(fly.err().find("canary ") != std::string::npos);
  // Only the app's two machines are left: the canary is gone.
  int live = 0;
  for (const auto& machine : fly.box().fly_get("/v1/apps/web/machines"))
    live += machine["state"] != "destroyed" && machine["state"] != "destroying";
  CHECK(live == 2);
}

TEST_CASE("fly strategies: a failing canary leaves every machine untouched", "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  auto failed = deploy(fly, *target, "registry.fly.io/web:fail-checks", options({{"strategy", "canary"}}));
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::rolled_back);
  CHECK(machine_images(fly, "web") == Images{kV1, kV1});
  const auto& notes = failed.error().notes;
  CHECK(std::find(notes.begin(), notes.end(), "the canary for group app failed") != notes.end());
}

TEST_CASE("fly strategies: bluegreen replaces the machines", "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  auto blue = machine_ids(fly);
  auto outcome = deploy(fly, *target, kV2, options({{"strategy", "bluegreen"}}));
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(machine_images(fly, "web") == Images{kV2, kV2});
  auto green = machine_ids(fly);
  for (const auto& id : green) CHECK(blue.count(id) == 0);
}
