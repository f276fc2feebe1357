// Works out a Fly deploy without changing anything: which machines to update (with their
// current config kept for restoring), which to create for groups without machines, which to
// destroy for groups that left fly.toml, and which are already on the desired config.
// Sends only GET (and the read-only GraphQL releases query).
#pragma once

#include <memory>

#include "raxol/target.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/api/web_client.h"
#include "targets/fly/deploy/deploy_model.h"

namespace raxol::fly {

// How a group's desired config is combined with a machine's current one (fly.toml-managed
// fields replaced, the rest kept). Supplied by the fly.toml module.
using ConfigMerger = std::function<nlohmann::json(const std::string& group,
                                                  const nlohmann::json& desired,
                                                  const nlohmann::json& existing)>;

Result<Plan> plan_deploy(MachinesClient& machines, WebClient& web, DeployInputs inputs,
                         const std::string& target_name, const ConfigMerger& merge);

// The newest release with status "complete", as "v3"; "" when there is none.
std::string current_release_label(const std::vector<FlyRelease>& releases);

// Machines flyctl and we manage (fly_platform_version v2), not release/console machines, not
// destroyed.
bool is_app_machine(const Machine& machine);
bool is_release_command_machine(const Machine& machine);

}  // namespace raxol::fly
