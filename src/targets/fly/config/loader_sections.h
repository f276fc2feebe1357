// The fly.toml loader's section readers, one per group of related sections. Each reads its keys
// from the top-level table into `config`, applying flyctl's legacy-format patches on the way.
#pragma once

#include "raxol/result.h"
#include "targets/fly/config/fly_config.h"
#include "targets/fly/config/toml_reader.h"

namespace raxol::fly::detail {

// load_sections.cpp
Status load_build(TableReader& top, FlyConfig& config);
Status load_deploy(TableReader& top, FlyConfig& config);
Status load_env(TableReader& top, FlyConfig& config);
Status load_processes(TableReader& top, FlyConfig& config);
Status load_experimental(TableReader& top, FlyConfig& config);
// `machine_config` must be inline JSON ("{...}") or the path of a .json file.
Status check_machine_config_source(TableReader& table, std::string_view key,
                                   const std::string& source);

// load_lists.cpp
Result<Compute> read_compute(TableReader& table);
Status load_compute(TableReader& top, FlyConfig& config);
Status load_mounts(TableReader& top, FlyConfig& config);
Status load_top_level_checks(TableReader& top, FlyConfig& config);
Status load_statics(TableReader& top, FlyConfig& config);
Status load_metrics(TableReader& top, FlyConfig& config);
Status load_files(TableReader& top, FlyConfig& config);
Status load_restart(TableReader& top, FlyConfig& config);
Result<std::vector<MachineCheck>> read_machine_checks(TableReader& table, std::string_view key);

// load_services.cpp
Status load_http_service(TableReader& top, FlyConfig& config);
Status load_services(TableReader& top, FlyConfig& config);
// Durations of checks: interval/timeout/grace_period, integers in milliseconds.
Status read_check_timing(TableReader& table, std::optional<Duration>& interval,
                         std::optional<Duration>& timeout, std::optional<Duration>& grace_period);
Result<StringMap> read_check_headers(TableReader& table);

}  // namespace raxol::fly::detail
