// What a Fly deploy will do, worked out read-only by plan_deploy() and carried out by the
// Deployer. Plain data, so that `plan`/`--dry-run` can print exactly what apply() will do.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/target.h"
#include "targets/fly/build/image_build.h"
#include "targets/fly/strategy.h"

namespace raxol::fly {

// Everything a deploy needs, resolved from fly.toml, the project file and the command line
// (or, for a rollback, from a stored release).
struct DeployInputs {
  std::string app;
  std::string org = "personal";  // for creating the app when it does not exist
  std::string image;  // what the machines run (a build's tag until apply pins its digest)
  // Set when the deploy builds its image: built and pushed before anything else happens.
  std::optional<ImageBuildSpec> build;
  Strategy strategy = Strategy::rolling;
  double max_unavailable = 0.33;     // < 1: a fraction of the group's machines, >= 1: a count
  std::chrono::seconds wait_timeout{300};
  std::chrono::seconds release_command_timeout{300};  // 0: no limit
  int max_concurrent = 8;                              // creates and immediate updates at once
  std::string primary_region = "sjc";
  std::string release_command;                // empty: none (or skipped)
  nlohmann::json release_command_config;      // converted release machine config, no image
  std::map<std::string, nlohmann::json> group_configs;  // group -> converted config, no image
  nlohmann::json definition = nlohmann::json::object();  // fly.toml as JSON, for the release
  std::string description;                   // "deploy registry.fly.io/x:v2", "rollback to v1"
  std::string user;                          // who deploys (git email, CI actor)
  bool force = false;                        // roll even machines whose config is unchanged
  std::chrono::seconds lock_wait{0};         // wait this long for another deploy's leases
  // Secrets changes: every machine is updated with its own config (restarting it with the new
  // secrets, as flyctl's restart-only deploy); no creates, no destroys.
  bool restart_only = false;
  // The app's secrets version machines must see at least (from the last secrets update).
  std::optional<int64_t> min_secrets_version;
  // name -> digest of the app's secrets when the deploy was planned, kept with the release so
  // that `secrets list` can tell deployed from staged values (timestamps are only to the second).
  nlohmann::json secret_digests = nlohmann::json::object();
};

struct MachineChange {
  enum class Action { update, create, destroy };
  Action action = Action::update;
  std::string machine_id;  // empty for a create until it happens
  std::string group;
  std::string region;
  std::string state_before;    // "started", "stopped"...; empty for a create
  std::string image_before;
  std::string release_before;  // "v3" from the machine's fly_release_version
  nlohmann::json config_before;  // the machine's whole config, to restore it on failure
  nlohmann::json config_after;   // the desired config (release metadata added at apply time)

  // A machine that was not running stays stopped (autostop apps), as flyctl does.
  bool keeps_stopped() const { return action == Action::update && state_before != "started"; }
  // The plan step's detail, after its action and machine id: "app in sjc, IMAGE -> IMAGE".
  std::string plan_detail() const;
  nlohmann::json to_json() const;
};

const char* action_name(MachineChange::Action action);

class FlyPlanDetail : public PlanDetail {
 public:
  DeployInputs inputs;
  bool app_exists = false;
  bool allocate_ips = false;            // a new app with services gets public addresses
  std::string current_release;          // "v3" or "" when none
  std::vector<MachineChange> changes;   // in rollout order, grouped by process group
  std::vector<std::string> unchanged;   // machines already on the desired config
  std::vector<std::string> leftover_release_machines;  // from an earlier interrupted deploy

  nlohmann::json to_json() const override;
  // This plan with the built image's pinned reference (TAG@DIGEST) wherever the planned tag
  // was, and no build left to run: what the Deployer carries out after the push.
  std::shared_ptr<FlyPlanDetail> pinned_to(const std::string& reference) const;
};

// Config equality for deciding whether a machine needs an update: ignores the metadata that
// changes with every deploy (release id/version, tool version).
bool same_machine_config(const nlohmann::json& a, const nlohmann::json& b);

// The JSON a release stores so that a later rollback can redeploy exactly this release.
nlohmann::json release_metadata(const DeployInputs& inputs);
// The inverse: the stored group configs and settings, or an error naming what is missing.
Result<DeployInputs> inputs_from_release_metadata(const nlohmann::json& metadata);

}  // namespace raxol::fly
