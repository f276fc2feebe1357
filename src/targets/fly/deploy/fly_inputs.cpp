#include "targets/fly/deploy/fly_inputs.h"

#include "core/identity.h"
#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/config/process_groups.h"

namespace raxol::fly {

namespace {

std::string setting(const TargetSpec& spec, const char* key) {
  auto found = spec.settings.find(key);
  return found != spec.settings.end() && found->is_string() ? found->get<std::string>()
                                                            : std::string();
}

std::chrono::seconds to_seconds(Duration duration) {
  return std::chrono::duration_cast<std::chrono::seconds>(duration);
}

}  // namespace

FlyTargetSettings fly_settings(const TargetSpec& spec) {
  FlyTargetSettings settings;
  if (auto config = setting(spec, "config"); !config.empty()) settings.config = config;
  settings.app = setting(spec, "app");
  settings.image = setting(spec, "image");
  settings.strategy = setting(spec, "strategy");
  settings.org = setting(spec, "org");
  return settings;
}

Status apply_request_overrides(const DeployRequest& request, DeployInputs& inputs) {
  if (!request.strategy.empty()) inputs.strategy = request.strategy;
  if (request.max_unavailable) {
    if (*request.max_unavailable <= 0)
      return make_error(ErrorKind::usage, "--max-unavailable must be greater than 0, got " +
                                              std::to_string(*request.max_unavailable));
    inputs.max_unavailable = *request.max_unavailable;
  }
  if (request.wait_timeout) inputs.wait_timeout = *request.wait_timeout;
  if (!request.description.empty()) inputs.description = request.description;
  inputs.lock_wait = request.lock_wait;
  return {};
}

Result<std::string> resolve_app_name(const TargetSpec& spec) {
  FlyTargetSettings settings = fly_settings(spec);
  if (!settings.app.empty()) return settings.app;
  RAXOL_ASSIGN_OR_RETURN(auto loaded, load_fly_toml(settings.config, settings.config));
  if (loaded.config.app.empty())
    return config_error(loaded.config.location("app"), "app", "the Fly app name", "nothing");
  return loaded.config.app;
}

Result<DeployInputs> resolve_deploy_inputs(const TargetSpec& spec, const DeployRequest& request,
                                           Context& context) {
  FlyTargetSettings settings = fly_settings(spec);
  RAXOL_ASSIGN_OR_RETURN(LoadedFlyConfig loaded, load_fly_toml(settings.config, settings.config));
  Diagnostics warnings = loaded.warnings;
  // The project file may name the app; fly.toml then need not.
  RAXOL_TRY(validate_fly_config(loaded, settings.app.empty(), warnings));
  for (const auto& warning : warnings) context.ui.warn(warning.to_string());
  const FlyConfig& config = loaded.config;

  DeployInputs inputs;
  inputs.app = settings.app.empty() ? config.app : settings.app;
  if (!settings.org.empty()) inputs.org = settings.org;
  inputs.primary_region = config.primary_region;
  inputs.image = !request.image.empty()   ? request.image
                 : !settings.image.empty() ? settings.image
                 : config.build           ? config.build->image
                                          : std::string();
  if (inputs.image.empty())
    return make_error(ErrorKind::usage, "no image to deploy: pass --image REF, or set image in "
                                        "fly.toml's [build] or in the project file");
  if (config.deploy) {
    if (!config.deploy->strategy.empty()) inputs.strategy = config.deploy->strategy;
    if (config.deploy->max_unavailable) inputs.max_unavailable = *config.deploy->max_unavailable;
    if (config.deploy->wait_timeout) inputs.wait_timeout = to_seconds(*config.deploy->wait_timeout);
    if (config.deploy->release_command_timeout_none)
      inputs.release_command_timeout = std::chrono::seconds(0);
    else if (config.deploy->release_command_timeout)
      inputs.release_command_timeout = to_seconds(*config.deploy->release_command_timeout);
    inputs.release_command = config.deploy->release_command;
  }
  if (!settings.strategy.empty()) inputs.strategy = settings.strategy;
  RAXOL_TRY(apply_request_overrides(request, inputs));
  if (!request.with_release_command) inputs.release_command.clear();

  ConversionOptions options{std::string("raxol-deploy/") + RAXOL_VERSION};
  for (const auto& group : process_group_names(config)) {
    RAXOL_ASSIGN_OR_RETURN(auto machine_config, to_machine_config(config, group, options));
    inputs.group_configs[group] = std::move(machine_config);
  }
  if (!inputs.release_command.empty()) {
    const auto& default_config = inputs.group_configs[default_process_group(config)];
    RAXOL_ASSIGN_OR_RETURN(inputs.release_command_config,
                           to_release_machine_config(config, options,
                                                     default_config.value("guest", nlohmann::json())));
  }
  inputs.definition = to_definition(config);
  inputs.user = current_user(context);
  if (inputs.description.empty()) inputs.description = "deploy " + inputs.image;
  return inputs;
}

}  // namespace raxol::fly
