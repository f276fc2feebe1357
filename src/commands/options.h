// Parsing of option values shared by several commands.
#pragma once

#include <chrono>
#include <string>

#include "raxol/result.h"

namespace raxol {

// "90s", "2m", "1m30s" (Go duration syntax, as in fly.toml) or a plain number of seconds.
Result<std::chrono::seconds> parse_duration_option(const std::string& flag, const std::string& text);

}  // namespace raxol
