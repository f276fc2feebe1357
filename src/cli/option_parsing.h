// The typed reading of what the user wrote for an option: numbers, durations and choices,
// checked with messages that quote the words as typed ("--lines 0: expected a whole number of
// at least 1", never "got 0.000000" or a range printed as a 300-digit number).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "commands/command.h"
#include "raxol/result.h"

namespace raxol {

// "--image"; a one-letter name is a short option only ("-C", as in git and make).
std::string option_flag(const OptionSpec& spec);

// "90s", "2m", "1m30s" (Go duration syntax, as in fly.toml) or a plain number of seconds.
Result<std::chrono::seconds> parse_duration_option(const std::string& flag, const std::string& text);

// The typed value of `texts` (every occurrence, in order) for `spec`, or a usage error naming
// the option (or, for a positional argument, its upper-case name).
Result<OptionValue> parse_option_value(const CommandOption& spec, const std::vector<std::string>& texts,
                                       bool positional = false);

// 3600 rather than 3600.000000, 0.5 rather than 0.500000: a bound as it was declared.
std::string number_text(double value);

}  // namespace raxol
