// A plain description of the command line (commands, options, positionals, choices, defaults),
// made from the same command data the parser is bound to (command_table() and the global
// options), so that completion scripts and docs cannot drift from the parser and need no CLI11.
#pragma once

#include <string>
#include <vector>

#include "commands/command.h"

namespace raxol {

struct OptionInfo {
  std::vector<std::string> names;  // "-n", "--lines"; empty for a positional
  std::string positional;          // "target" for a positional argument
  std::string description;
  std::string value_name;              // "TEXT", "DIR"...; empty for a flag
  std::vector<std::string> choices;    // from an IsMember check
  std::vector<std::string> checks;     // other rules on the value ("INT in [1 - 3600]")
  std::string default_value;           // the value when not given, as a user would write it
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

// "REF", "INT", "DURATION"...; empty for a flag.
std::string value_name_of(const CommandOption& spec);
// "-n", "--lines", then the aliases ("--instance").
std::vector<std::string> option_names(const CommandOption& spec);

// The description of every option as shown to people (names, value name, checks).
OptionInfo describe_option(const CommandOption& spec, bool positional);

// The whole command line: global options, then every command of command_table().
CliInfo describe_cli();

// Every runnable command, depth first, in help order.
std::vector<const CommandInfo*> runnable_commands(const CliInfo& cli);

// "raxol-deploy deploy [OPTIONS] [TARGET]".
std::string synopsis(const CommandInfo& command);

}  // namespace raxol
