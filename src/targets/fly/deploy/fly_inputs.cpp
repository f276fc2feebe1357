#include "targets/fly/deploy/fly_inputs.h"

#include "system/identity.h"
#include "targets/fly/build/build_resolution.h"
#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/config/process_groups.h"

namespace raxol::fly {

namespace {

std::chrono::seconds to_seconds(Duration duration) {
  return std::chrono::duration_cast<std::chrono::seconds>(duration);
}

}  // namespace

FlyTargetSettings fly_settings(const Settings& settings) {
  FlyTargetSettings fly;
  if (auto config = settings.text("config"); !config.empty()) fly.config = config;
  fly.app = settings.text("app");
  fly.image = settings.text("image");
  fly.strategy = kStrategyNames.parse(settings.text("strategy"));
  fly.org = settings.text("org");
  return fly;
}

Status apply_overrides(const OptionValues& options, std::optional<std::chrono::seconds> wait_timeout,
                       const std::string& description, DeployInputs& inputs) {
  if (options.has("strategy")) {
    // The command line checked the name against the same table.
    if (auto strategy = kStrategyNames.parse(options.text("strategy"))) inputs.strategy = *strategy;
  }
  if (auto max_unavailable = options.number("max-unavailable")) {
    if (*max_unavailable <= 0)
      return make_error(ErrorKind::usage, "--max-unavailable must be greater than 0, got " +
                                              options.written("max-unavailable"));
    inputs.max_unavailable = *max_unavailable;
  }
  if (wait_timeout) inputs.wait_timeout = *wait_timeout;
  if (!description.empty()) inputs.description = description;
  if (auto lock_wait = options.duration("lock-wait")) inputs.lock_wait = *lock_wait;
  return {};
}

Result<std::string> resolve_app_name(const FlyTargetSettings& settings) {
  if (!settings.app.empty()) return settings.app;
  RAXOL_ASSIGN_OR_RETURN(auto loaded, load_fly_toml(settings.config, settings.config));
  if (loaded.config.app.empty())
    return config_error(loaded.config.location("app"), "app", "the Fly app name", "nothing");
  return loaded.config.app;
}

Result<DeployInputs> resolve_deploy_inputs(const FlyTargetSettings& settings,
                                           const DeployRequest& request,
                                           const std::string& registry_host, Context& context) {
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
  BuildSource build_source{loaded, settings.config, inputs.app, registry_host};
  RAXOL_ASSIGN_OR_RETURN(ImageSource image, resolve_image_source(build_source, request.options,
                                                                 settings.image, context));
  inputs.image = image.image;
  inputs.build = std::move(image.build);
  if (config.deploy) {
    if (auto strategy = kStrategyNames.parse(config.deploy->strategy)) inputs.strategy = *strategy;
    if (config.deploy->max_unavailable) inputs.max_unavailable = *config.deploy->max_unavailable;
    if (config.deploy->wait_timeout) inputs.wait_timeout = to_seconds(*config.deploy->wait_timeout);
    if (config.deploy->release_command_timeout_none)
      inputs.release_command_timeout = std::chrono::seconds(0);
    else if (config.deploy->release_command_timeout)
      inputs.release_command_timeout = to_seconds(*config.deploy->release_command_timeout);
    inputs.release_command = config.deploy->release_command;
  }
  if (settings.strategy) inputs.strategy = *settings.strategy;
  RAXOL_TRY(apply_overrides(request.options, request.wait_timeout, request.description, inputs));
  if (request.options.flag("skip-release-command")) inputs.release_command.clear();

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
