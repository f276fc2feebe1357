// The deploy model as plain data: how changes describe themselves, the plan's JSON, config
// equality that ignores per-release metadata, and the release record a rollback reads back
// (and refuses when another tool made it).
#include "targets/fly/deploy/deploy_model.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using namespace raxol::fly;
using Action = MachineChange::Action;

TEST_CASE("fly deploy model: changes describe themselves", "[fly][deploy]") {
  MachineChange update;
  update.machine_id = "3d8d";
  update.group = "app";
  update.region = "sjc";
  update.state_before = "started";
  update.image_before = "registry.fly.io/web:v1";
  update.config_after = {{"image", "registry.fly.io/web:v2"}};
  CHECK(update.plan_detail() == "app in sjc, registry.fly.io/web:v1 -> registry.fly.io/web:v2");
  CHECK_FALSE(update.keeps_stopped());
  update.state_before = "stopped";
  update.config_after["image"] = update.image_before;
  CHECK(update.keeps_stopped());
  CHECK(update.plan_detail() == "app in sjc, config changed (stays stopped)");

  MachineChange create;
  create.action = Action::create;
  create.group = "worker";
  create.region = "ams";
  create.state_before = "";
  CHECK_FALSE(create.keeps_stopped());  // only updates keep a state
  CHECK(create.plan_detail() == "worker in ams");
  MachineChange destroy;
  destroy.action = Action::destroy;
  destroy.machine_id = "9f";
  destroy.group = "old";
  destroy.region = "sjc";
  CHECK(destroy.plan_detail() == "old in sjc, its process group left fly.toml");
  CHECK(std::string(action_name(Action::destroy)) == "destroy");

  json change = update.to_json();
  CHECK(change["action"] == "update");
  CHECK(change["image_after"] == "registry.fly.io/web:v1");
  CHECK(change["state_before"] == "stopped");
}

TEST_CASE("fly deploy model: the plan as JSON", "[fly][deploy]") {
  FlyPlanDetail plan;
  plan.inputs.app = "web";
  plan.inputs.image = "img:v2";
  plan.inputs.strategy = Strategy::canary;
  plan.current_release = "v3";
  plan.unchanged = {"a1"};
  MachineChange change;
  change.action = Action::create;
  change.config_after = {{"image", "img:v2"}};
  plan.changes.push_back(change);
  json document = plan.to_json();
  CHECK(document["app"] == "web");
  CHECK(document["strategy"] == "canary");
  CHECK(document["current_release"] == "v3");
  CHECK(document["wait_timeout_seconds"] == 300);
  CHECK(document["machines"].size() == 1);
  CHECK(document["unchanged_machines"] == json::array({"a1"}));
}

TEST_CASE("fly deploy model: config equality ignores release metadata", "[fly][deploy]") {
  json a = {{"image", "x"}, {"metadata", {{"fly_release_id", "r1"}, {"fly_release_version", "1"},
                                          {"fly_flyctl_version", "0.3"}, {"owner", "ops"}}}};
  json b = {{"image", "x"}, {"metadata", {{"fly_release_id", "r2"}, {"owner", "ops"}}}};
  CHECK(same_machine_config(a, b));
  b["metadata"]["owner"] = "dev";
  CHECK_FALSE(same_machine_config(a, b));
  CHECK_FALSE(same_machine_config({{"image", "x"}}, {{"image", "y"}}));
}

TEST_CASE("fly deploy model: a release record round-trips for rollbacks", "[fly][deploy]") {
  DeployInputs inputs;
  inputs.image = "registry.fly.io/web:v4";
  inputs.strategy = Strategy::bluegreen;
  inputs.primary_region = "ams";
  inputs.release_command = "bin/migrate";
  inputs.release_command_config = {{"init", {{"cmd", json::array({"bin/migrate"})}}}};
  inputs.group_configs["app"] = json{{"env", {{"A", "1"}}}};
  inputs.group_configs["worker"] = json::object();
  inputs.user = "me@example.org";
  auto back = inputs_from_release_metadata(release_metadata(inputs));
  REQUIRE(back.ok());
  CHECK(back->image == inputs.image);
  CHECK(back->strategy == Strategy::bluegreen);
  CHECK(back->primary_region == "ams");
  CHECK(back->release_command == "bin/migrate");
  CHECK(back->release_command_config == inputs.release_command_config);
  CHECK(back->group_configs == inputs.group_configs);

  auto foreign = inputs_from_release_metadata({{"flyctl", true}});
  REQUIRE_FALSE(foreign.ok());
  CHECK(foreign.error().kind == raxol::ErrorKind::not_found);
  CHECK(foreign.error().message.find("no raxol-deploy record") != std::string::npos);
  auto empty = inputs_from_release_metadata({{"raxol_deploy", {{"image", "x"}}}});
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message == "the release record has no image or machine config");
  CHECK_FALSE(inputs_from_release_metadata(nullptr).ok());
}
