// Resolves what a Fly deploy needs from the target's settings (raxol-deploy.toml or discovery),
// fly.toml, and the command line — the command line wins, then the project file, then fly.toml.
#pragma once

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/fly/deploy/deploy_model.h"
#include "targets/kit/settings.h"

namespace raxol::fly {

// The project-file settings of a fly target (docs/configuration.md).
struct FlyTargetSettings {
  std::string config = "fly.toml";
  std::string app;
  std::string image;
  std::optional<Strategy> strategy;
  std::string org;
};

FlyTargetSettings fly_settings(const Settings& settings);

// Loads and validates fly.toml (warnings go to the Ui), converts every process group and
// applies the request. A missing app or region for new machines is a config error. The image
// is prebuilt or, when fly.toml or --dockerfile says to build, the tag the build will push to
// `registry_host` (FLY_REGISTRY_HOST); the build itself is in DeployInputs::build.
Result<DeployInputs> resolve_deploy_inputs(const FlyTargetSettings& settings,
                                           const DeployRequest& request,
                                           const std::string& registry_host, Context& context);

// The command line's overrides that deploys and rollbacks share: --strategy, --wait-timeout,
// --max-unavailable, --lock-wait, --message.
Status apply_overrides(const OptionValues& options, std::optional<std::chrono::seconds> wait_timeout,
                       const std::string& description, DeployInputs& inputs);

// The app name a fly target works on, reading fly.toml only when the settings do not say.
Result<std::string> resolve_app_name(const FlyTargetSettings& settings);

}  // namespace raxol::fly
