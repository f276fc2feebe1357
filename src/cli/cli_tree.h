// The CLI11 tree of the tool: global flags plus every command of command_table(), built in one
// place so that run_cli and the generators (completion scripts, docs, man page) see the same
// commands, options and descriptions.
#pragma once

#include <CLI/CLI.hpp>
#include <vector>

#include "commands/command.h"
#include "raxol/context.h"

namespace raxol {

// A leaf of the tree: the CLI11 subcommand, the spec it came from, and the runner that
// captures its parsed options.
struct BoundCommand {
  CLI::App* app;
  CommandRunner runner;
  const CommandSpec* spec;
};

// Not movable: the CLI11 options are bound to `options` and to each command's own state.
class CliTree {
 public:
  CliTree();
  CliTree(const CliTree&) = delete;
  CliTree& operator=(const CliTree&) = delete;

  GlobalOptions options;  // filled by app.parse()
  CLI::App app;
  std::vector<BoundCommand> commands;  // in command_table() order
};

}  // namespace raxol
