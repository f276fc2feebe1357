// Option values as the command line gave them: declared OptionSpecs bound to the parser, read
// back typed (numbers, durations, choices checked with messages that quote what was written).
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "raxol/options.h"
#include "raxol/result.h"

namespace raxol {

// "90s", "2m", "1m30s" (Go duration syntax, as in fly.toml) or a plain number of seconds.
Result<std::chrono::seconds> parse_duration_option(const std::string& flag, const std::string& text);

// The typed value of `text` for `spec`, or a usage error naming the flag.
Result<OptionValue> parse_option_value(const OptionSpec& spec, const std::vector<std::string>& texts);

// Declared options bound to a CLI11 command; values() reads what was given.
class BoundOptions {
 public:
  void bind(CLI::App& app, const std::vector<OptionSpec>& specs);
  Result<OptionValues> values() const;

 private:
  struct Slot {
    OptionSpec spec;
    CLI::Option* option = nullptr;
    std::vector<std::string> texts;
    bool flag = false;
  };
  std::vector<std::shared_ptr<Slot>> slots_;
};

}  // namespace raxol
