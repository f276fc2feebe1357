// Builds the command line from the command table, parses argv, builds the Context, runs the
// command and turns its outcome into an exit code. Nothing below this calls exit().
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "raxol/environment.h"
#include "system/terminal_ui.h"

namespace raxol {

struct CliIo {
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  const Environment& env;
  // Terminal facts; when unset they are detected from the real process (isatty, NO_COLOR).
  std::optional<UiOptions> terminal;
};

// Runs one invocation (args exclude the program name) and returns its exit code.
int run_cli(const std::vector<std::string>& args, CliIo io);

}  // namespace raxol
