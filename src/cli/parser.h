// The command line, parsed: argv is checked against the command data (argv_check.h), then
// bound to CLI11 (the only translation unit that includes it: parser.cpp) and read back as the
// command's typed OptionValues and the GlobalOptions. Every problem is a usage Error in our
// words.
#pragma once

#include <string>
#include <vector>

#include "commands/command.h"
#include "raxol/context.h"

namespace raxol {

struct ParsedCommandLine {
  enum class Action { run, print, no_command };
  Action action = Action::no_command;
  const CommandSpec* command = nullptr;  // run: the command
  OptionValues values;                   // run: its options and arguments, defaults filled in
  GlobalOptions globals;
  std::string text;  // print: help or version for stdout; no_command: the help for stderr
};

Result<ParsedCommandLine> parse_command_line(const std::vector<std::string>& args);

// Whether --json was given (before any "--"), so that even a command line that does not parse
// reports its error as the JSON envelope.
bool asks_for_json(const std::vector<std::string>& args);

}  // namespace raxol
