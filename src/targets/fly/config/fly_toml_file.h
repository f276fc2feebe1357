// What commands need around fly.toml: reading it through the FileSystem seam and rendering the
// warnings found while loading and validating it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "raxol/filesystem.h"
#include "targets/fly/config/fly_toml.h"

namespace raxol::fly {

// Reads and parses `file` (relative to the working directory, which -C has already set). A
// missing file is a config error, like any other bad input.
Result<LoadedFlyConfig> read_fly_toml(const FileSystem& fs, const std::string& file);

// "fly.toml:3:1: bogus: unknown key, ignored"
std::string diagnostic_text(const Diagnostic& diagnostic);

// [{"location": "fly.toml:3:1", "key": "bogus", "message": "unknown key, ignored"}]
nlohmann::json diagnostics_json(const Diagnostics& diagnostics);

}  // namespace raxol::fly
