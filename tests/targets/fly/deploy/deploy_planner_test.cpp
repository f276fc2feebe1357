// Planning against the emulator: a new app lists its steps and sends no mutating request, an
// app already on the desired config plans nothing, changed and departed groups become updates
// and destroys, and release labels and machine kinds are told apart.
#include "targets/fly/deploy/deploy_planner.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ReleaseStatus;
using raxol::fly::FlyPlanDetail;
using raxol::fly::FlyRelease;
using raxol::fly::Machine;
using raxol::fly::test::deploy;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::plan_image;
using raxol::test::test_fly_toml;

namespace {

const FlyPlanDetail& detail_of(const raxol::Plan& plan) {
  auto detail = std::dynamic_pointer_cast<const FlyPlanDetail>(plan.detail);
  REQUIRE(detail);
  return *detail;
}

}  // namespace

TEST_CASE("fly planner: a new app lists its steps and changes nothing", "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web", "bin/migrate"));
  fly.box().sandbox().requests().clear();
  auto plan = plan_image(*target, "registry.fly.io/web:v1");
  INFO((plan.ok() ? "" : plan.error().message));
  REQUIRE(plan.ok());
  CHECK(raxol::fly::test::mutating_requests(fly) == 0);
  std::vector<std::string> actions;
  for (const auto& step : plan->steps) actions.push_back(step.action);
  CHECK(actions == std::vector<std::string>{"create", "allocate", "record", "run", "create", "create"});
  CHECK(plan->steps[0].subject == "app web");
  CHECK(plan->steps[3].detail == "`bin/migrate` in a temporary machine (sjc)");
  const auto& detail = detail_of(*plan);
  CHECK_FALSE(detail.app_exists);
  CHECK(detail.allocate_ips);
  CHECK(detail.current_release.empty());
  CHECK(plan->summary["machines_changed"] == 2);
  CHECK(plan->summary["image"] == "registry.fly.io/web:v1");
}

TEST_CASE("fly planner: updates / nothing to do and a departed group", "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, "registry.fly.io/web:v1").ok());

  auto same = plan_image(*target, "registry.fly.io/web:v1");
  REQUIRE(same.ok());
  CHECK(same->no_changes());
  CHECK(detail_of(*same).unchanged.size() == 2);
  CHECK(detail_of(*same).current_release == "v1");

  auto next = plan_image(*target, "registry.fly.io/web:v2");
  REQUIRE(next.ok());
  std::vector<std::string> actions;
  for (const auto& step : next->steps) actions.push_back(step.action);
  CHECK(actions == std::vector<std::string>{"lease", "record", "update", "update"});
  CHECK(next->steps[0].subject == "2 machines");
  CHECK(next->steps[2].detail.find("registry.fly.io/web:v1 -> registry.fly.io/web:v2") !=
        std::string::npos);
  for (const auto& change : detail_of(*next).changes) {
    CHECK(change.release_before == "v1");
    CHECK(change.config_before["image"] == "registry.fly.io/web:v1");
  }

  // A machine of a group fly.toml no longer has is destroyed, last.
  auto machines = fly.machines().list_machines("web");
  REQUIRE(machines.ok());
  json config = machines->at(0).config;
  config["metadata"]["fly_process_group"] = "worker";
  REQUIRE(fly.machines().create_machine("web", {{"config", config}, {"region", "sjc"}}).ok());
  auto with_worker = plan_image(*target, "registry.fly.io/web:v1");
  REQUIRE(with_worker.ok());
  REQUIRE(with_worker->steps.size() == 3);
  CHECK(with_worker->steps.back().action == "destroy");
  CHECK(with_worker->steps.back().detail.find("its process group left fly.toml") !=
        std::string::npos);
}

TEST_CASE("fly planner: release labels and machine kinds", "[fly][deploy]") {
  FlyRelease failed;
  failed.version = 3;
  failed.status = ReleaseStatus::failed;
  FlyRelease complete;
  complete.version = 2;
  complete.status = ReleaseStatus::complete;
  CHECK(raxol::fly::current_release_label({failed, complete}) == "v2");
  CHECK(raxol::fly::current_release_label({failed}).empty());
  CHECK(raxol::fly::current_release_label({}).empty());

  auto machine = [](const std::string& group, const std::string& state, bool canary = false) {
    json metadata = {{"fly_platform_version", "v2"}, {"fly_process_group", group}};
    if (canary) metadata["fly_canary"] = "true";
    return Machine::from_json({{"state", state}, {"config", {{"metadata", metadata}}}});
  };
  CHECK(raxol::fly::is_app_machine(machine("app", "started")));
  CHECK(raxol::fly::is_app_machine(machine("worker", "stopped")));
  CHECK_FALSE(raxol::fly::is_app_machine(machine("app", "destroyed")));
  CHECK_FALSE(raxol::fly::is_app_machine(machine("app", "started", true)));
  CHECK_FALSE(raxol::fly::is_app_machine(machine("fly_app_release_command", "started")));
  CHECK_FALSE(raxol::fly::is_app_machine(Machine::from_json({{"state", "started"}})));
  CHECK(raxol::fly::is_release_command_machine(machine("fly_app_release_command", "stopped")));
  CHECK_FALSE(raxol::fly::is_release_command_machine(machine("fly_app_release_command", "destroying")));
  CHECK_FALSE(raxol::fly::is_release_command_machine(machine("app", "started")));
}
