// A plain description of the CLI11 tree (commands, options, positionals, choices, defaults),
// read from the real CliTree so that completion scripts and docs cannot drift from the parser.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_tree.h"

namespace raxol {

struct OptionInfo {
  std::vector<std::string> names;  // "-n", "--lines"; empty for a positional
  std::string positional;          // "target" for a positional argument
  std::string description;
  std::string value_name;              // "TEXT", "DIR"...; empty for a flag
  std::vector<std::string> choices;    // from an IsMember check
  std::vector<std::string> checks;     // other validators as CLI11 describes them ("[1 - 3600]")
  std::string default_value;           // the bound variable's initial value, when it has one
  bool required = false;
  bool many = false;  // a positional that takes every remaining word

  bool is_flag() const { return value_name.empty(); }
  // "--lines, -n" style label, or the upper-cased positional name.
  std::string label() const;
};

struct CommandInfo {
  std::vector<std::string> path;  // {"secrets", "set"}
  std::string summary;
  std::vector<OptionInfo> options;      // flags and options, definition order, no --help
  std::vector<OptionInfo> positionals;  // definition order
  std::vector<CommandInfo> subcommands;  // non-empty for a group ("config")
  const CommandSpec* spec = nullptr;     // set for a runnable command

  std::string joined(const std::string& separator = " ") const;
};

struct CliInfo {
  std::string description;
  std::vector<OptionInfo> global_options;  // including --help and --version
  std::vector<CommandInfo> commands;       // top level, help order, hidden ones left out
};

// Walks `tree` (before parsing: defaults are read from the bound variables).
CliInfo describe_cli(CliTree& tree);

// Every runnable command, depth first, in help order.
std::vector<const CommandInfo*> runnable_commands(const CliInfo& cli);

// "raxol-deploy deploy [OPTIONS] [TARGET]".
std::string synopsis(const CommandInfo& command);

}  // namespace raxol
