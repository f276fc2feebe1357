// fly.toml -> Machines API machine configs (fly.MachineConfig wire JSON), following flyctl's
// appconfig/machines.go. One deliberate deviation: `autostop` is written in the OpenAPI string
// form ("off" | "stop" | "suspend") where flyctl writes true/false for stop/off.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "raxol/result.h"
#include "targets/fly/config/fly_config.h"

namespace raxol::fly {

struct ConversionOptions {
  std::string tool_version;  // written as metadata fly_flyctl_version, e.g. "raxol-deploy/0.1.0"
};

// The machine config for process group `group` (empty: the default group) of a new machine.
// `image` is left out: the deploy sets it. Fails (ErrorKind::config) when the group cannot be
// converted, e.g. a check without a port and no http_service to take it from.
Result<nlohmann::json> to_machine_config(const FlyConfig& config, const std::string& group,
                                         const ConversionOptions& options);

// The release_command machine (group fly_app_release_command). Its guest comes from
// [deploy.release_command_vm]; else `fallback_guest` (the caller passes the guest of the
// default group's largest machine); else shared-cpu-2x.
Result<nlohmann::json> to_release_machine_config(const FlyConfig& config,
                                                 const ConversionOptions& options,
                                                 const nlohmann::json& fallback_guest = nullptr);

// The throwaway `fly console` machine (group fly_app_console).
nlohmann::json to_console_machine_config(const FlyConfig& config, const ConversionOptions& options);

// The machine that runs one [[*.machine_checks]] entry against `target_machine` (a Machine JSON
// as the API returns it, or null for none).
Result<nlohmann::json> to_test_machine_config(const FlyConfig& config, const MachineCheck& check,
                                              const nlohmann::json& target_machine,
                                              const ConversionOptions& options);

// The config for updating a machine whose current config is `existing`: fields fly.toml manages
// (env, services, checks, mounts, statics, metrics, files, restart, stop_config, init
// cmd/entrypoint/exec/swap_size_mb, fly_* metadata; guest when `fly_toml_sets_guest`) come from
// `converted`; everything else (schedule, auto_destroy, standbys, user metadata, ...) is kept,
// with objects from [experimental] machine_config merged over it.
nlohmann::json merge_machine_config(const nlohmann::json& converted, const nlohmann::json& existing,
                                    bool fly_toml_sets_guest);

// True when a [[vm]] section applies to `group`, i.e. to_machine_config sets `guest`.
bool fly_toml_sets_guest(const FlyConfig& config, const std::string& group);

}  // namespace raxol::fly
