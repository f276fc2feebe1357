// One command = one .cpp in src/commands/ that returns a CommandSpec; src/cli/command_table.cpp
// lists them all. A command parses its options, calls the core, and renders the result.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "raxol/context.h"
#include "raxol/result.h"

namespace raxol {

using CommandRunner = std::function<Status(Context&)>;

struct CommandSpec {
  std::vector<std::string> path;  // {"config", "show"}: nested subcommands
  std::string summary;            // one line for --help and the docs
  // Adds the command's own options to `app` and returns the runner, which captures the parsed
  // values (define them in a shared_ptr'd struct).
  std::function<CommandRunner(CLI::App& app)> define;
  // Mutates a remote service (deploy, rollback, secrets set...). Recorded in the audit trail.
  bool mutating = false;
  // Destroys or replaces something: refuses to run without --yes when stdin is not a TTY.
  bool destructive = false;
};

}  // namespace raxol
