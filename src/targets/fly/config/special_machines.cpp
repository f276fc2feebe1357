// The machines a deploy creates besides the app's own: the release_command machine, the
// machine-check runner and the console machine (flyctl's ToReleaseMachineConfig,
// ToTestMachineConfig, ToConsoleMachineConfig). None is ever reused; all destroy themselves.
#include "targets/fly/config/machine_config.h"
#include "targets/fly/config/machine_json.h"
#include "targets/fly/config/shlex.h"
#include "targets/fly/config/vm_presets.h"

namespace raxol::fly {

namespace {

using detail::set_or_erase;
using nlohmann::json;

// What every one-off machine shares: no restarts, no DNS registration, gone when it exits.
json one_off_machine(const FlyConfig& config, const std::string& group,
                     const ConversionOptions& options) {
  json machine = json::object();
  machine["init"] = json::object();
  if (config.swap_size_mb) machine["init"]["swap_size_mb"] = *config.swap_size_mb;
  machine["restart"] = {{"policy", "no"}};
  machine["auto_destroy"] = true;
  machine["dns"] = {{"skip_registration", true}};
  machine["metadata"] = {{"fly_flyctl_version", options.tool_version},
                         {"fly_platform_version", "v2"},
                         {"fly_process_group", group}};
  json env = config.env;
  env["FLY_PROCESS_GROUP"] = group;
  if (!config.primary_region.empty()) env["PRIMARY_REGION"] = config.primary_region;
  machine["env"] = env;
  return machine;
}

json preset_guest(std::string_view size) {
  Compute compute;
  compute.size = std::string(size);
  return detail::guest_json(compute, "");
}

}  // namespace

Result<json> to_release_machine_config(const FlyConfig& config, const ConversionOptions& options,
                                       const json& fallback_guest) {
  std::string command = config.deploy ? config.deploy->release_command : "";
  auto words = shell_split(command);
  if (!words.ok() || words->empty())
    return config_error(
        config.location("deploy.release_command"), "deploy.release_command", "a command line",
        command.empty() ? "nothing"
                        : json(command).dump() +
                              (words.ok() ? std::string() : " (" + words.error().message + ")"));
  json machine = one_off_machine(config, "fly_app_release_command", options);
  machine["init"]["cmd"] = *words;
  if (config.experimental && config.experimental->entrypoint)
    set_or_erase(machine["init"], "entrypoint", *config.experimental->entrypoint);
  machine["env"]["RELEASE_COMMAND"] = "1";
  set_or_erase(machine, "stop_config", detail::stop_config_json(config));
  RAXOL_ASSIGN_OR_RETURN(json files, detail::files_json(config, config.files));
  set_or_erase(machine, "files", files);

  if (config.deploy->release_command_vm) {
    machine["guest"] =
        detail::guest_json(*config.deploy->release_command_vm, config.host_dedication_id);
  } else if (fallback_guest.is_object() && !fallback_guest.empty()) {
    machine["guest"] = fallback_guest;
  } else {
    // A migration usually needs more than the smallest machine (flyctl's default).
    machine["guest"] = preset_guest("shared-cpu-2x");
  }
  return machine;
}

json to_console_machine_config(const FlyConfig& config, const ConversionOptions& options) {
  json machine = one_off_machine(config, "fly_app_console", options);
  machine["init"]["exec"] = {"/bin/sleep", "inf"};  // keeps the machine up for `ssh console`
  return machine;
}

Result<json> to_test_machine_config(const FlyConfig& config, const MachineCheck& check,
                                    const json& target_machine, const ConversionOptions& options) {
  const json target_config =
      target_machine.is_object() ? target_machine.value("config", json::object()) : json::object();
  if (check.command.empty())
    return config_error(config.location(check.key), check.key + ".command",
                        "the command to run in the check machine", "nothing");
  std::string image = check.image;
  if (image.empty()) image = target_config.value("image", "");
  if (image.empty())
    return config_error(config.location(check.key), check.key + ".image",
                        "the image of the check machine", "nothing");

  json machine = one_off_machine(config, "fly_app_test_machine_command", options);
  // The target machine's env is visible to the check, after fly.toml's.
  if (target_config.contains("env") && target_config["env"].is_object())
    for (const auto& [name, value] : target_config["env"].items()) machine["env"][name] = value;
  machine["env"]["FLY_PROCESS_GROUP"] = "fly_app_test_machine_command";
  if (!config.primary_region.empty()) machine["env"]["PRIMARY_REGION"] = config.primary_region;
  machine["env"]["FLY_TEST_COMMAND"] = "1";
  machine["env"]["FLY_TEST_MACHINE_IP"] =
      target_machine.is_object() ? target_machine.value("private_ip", "") : "";
  machine["image"] = image;

  json& init = machine["init"];
  init["cmd"] = check.command;
  json entrypoint =
      check.entrypoint
          ? json(*check.entrypoint)
          : target_config.value("init", json::object()).value("entrypoint", json(nullptr));
  // flyctl lets [experimental] entrypoint override the check's own (even when unset).
  if (config.experimental)
    entrypoint = config.experimental->entrypoint ? json(*config.experimental->entrypoint) : json();
  set_or_erase(init, "entrypoint", entrypoint);

  // A check with its own image keeps that image's stop defaults unless it sets kill_* itself.
  std::optional<Duration> timeout = check.kill_timeout;
  std::optional<std::string> signal = check.kill_signal;
  if (check.image.empty()) {
    if (!timeout) timeout = config.kill_timeout;
    if (!signal) signal = config.kill_signal;
  }
  json stop = json::object();
  if (timeout) stop["timeout"] = format_go_duration(*timeout);
  if (signal) stop["signal"] = *signal;
  machine["stop_config"] = stop;
  return machine;
}

}  // namespace raxol::fly
