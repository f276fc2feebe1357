// Reading and checking fly.toml. Loading turns TOML into a FlyConfig (legacy forms normalised,
// wrong types rejected with FILE:LINE:COL, unknown keys reported as warnings); validation applies
// flyctl's semantic rules (validation.go) to a loaded config.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "raxol/result.h"
#include "raxol/source_location.h"
#include "targets/fly/config/fly_config.h"

namespace raxol::fly {

struct LoadedFlyConfig {
  FlyConfig config;
  Diagnostics warnings;  // unknown keys, deprecated forms; in file order
  std::string file;      // the display name
};

// Reads and parses `path`. `display_name` is the path as the user wrote it (used in messages).
Result<LoadedFlyConfig> load_fly_toml(const std::filesystem::path& path,
                                      const std::string& display_name);

// Parses fly.toml text. `base_dir` resolves relative paths inside the file ([[files]] local_path,
// machine_config = "x.json"); empty means the current directory.
Result<LoadedFlyConfig> parse_fly_toml(std::string_view text, const std::string& display_name,
                                       const std::filesystem::path& base_dir = {});

// flyctl's Validate(): strategy, checks, services and their process groups, mounts, restart
// policies, commands that must shell-split, and a trial conversion of every process group.
// Errors carry FILE:LINE:COL (ErrorKind::config); other problems found are added as notes.
// `require_app` makes a missing `app` an error. Non-fatal findings go to `warnings`.
Status validate_fly_config(const LoadedFlyConfig& config, bool require_app, Diagnostics& warnings);

// fly.toml as JSON with flyctl's key names (its "definition"), for release records.
nlohmann::json to_definition(const FlyConfig& config);

}  // namespace raxol::fly
