// The command line cannot be misread: before CLI11 sees argv, the words are checked against the
// command data (command_table() and the global options), so that
//   - an option that takes a value never takes a following -x/--xx word as that value
//     (`deploy fly --image --dry-run` is "--image needs a value"; --image=--x is explicit);
//   - --version is the global flag only before the command; after it, it is the command's own
//     option (rollback --version 3 = --to 3) or an unknown option;
//   - an unknown command or option gets "did you mean", a group without its subcommand lists
//     them, extra words are named in the order typed, and `releases rollback ...` says how to
//     roll back instead of guessing.
// Every problem is a usage error (exit 2) in our words, never CLI11's.
#pragma once

#include <string>
#include <vector>

#include "commands/command.h"
#include "raxol/result.h"

namespace raxol {

struct CheckedArgs {
  const CommandSpec* command = nullptr;  // the command the words name; null when none
  bool version = false;                  // --version before any command
  bool help = false;                     // -h/--help: the parser prints the help asked for
};

Result<CheckedArgs> check_command_line(const std::vector<std::string>& args,
                                       const std::vector<CommandSpec>& table);

}  // namespace raxol
