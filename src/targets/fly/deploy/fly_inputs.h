// Resolves what a Fly deploy needs from the target's settings (raxol-deploy.toml or discovery),
// fly.toml, and the command line — the command line wins, then the project file, then fly.toml.
#pragma once

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/fly/deploy/deploy_model.h"

namespace raxol::fly {

// The project-file settings of a fly target (docs/configuration.md).
struct FlyTargetSettings {
  std::string config = "fly.toml";
  std::string app;
  std::string image;
  std::string strategy;
  std::string org;
};

FlyTargetSettings fly_settings(const TargetSpec& spec);

// Loads and validates fly.toml (warnings go to the Ui), converts every process group and
// applies the request. A missing app, image or region for new machines is a config error.
Result<DeployInputs> resolve_deploy_inputs(const TargetSpec& spec, const DeployRequest& request,
                                           Context& context);

// Overrides from the command line that also apply to rollbacks (strategy, timeouts).
Status apply_request_overrides(const DeployRequest& request, DeployInputs& inputs);

// The app name a fly target works on, reading fly.toml only when the settings do not say.
Result<std::string> resolve_app_name(const TargetSpec& spec);

}  // namespace raxol::fly
