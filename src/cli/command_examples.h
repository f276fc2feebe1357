// Hand-written parts of the command docs, keyed by command path ("secrets set"): examples
// and the exit codes a command has beyond the common ones. Everything else in docs/commands/
// and the man page is read from the command data. tests/cli/docs_gen_test.cpp parses
// every example with the real parser, so a renamed flag breaks the build, not the docs.
#pragma once

#include <string>
#include <vector>

namespace raxol {

struct CommandExample {
  CommandExample(std::string args, std::string what, std::string before = {},
                 std::string after = {})
      : args(std::move(args)), what(std::move(what)), before(std::move(before)),
        after(std::move(after)) {}

  std::string args;  // what follows `raxol-deploy`; shell quoting, no expansion needed
  std::string what;  // one sentence: what it does
  std::string before;  // shell text before `raxol-deploy`, e.g. a value piped to stdin
  std::string after;   // shell text after the arguments, e.g. a redirection

  std::string shell_line() const;  // the whole line as a user types it
};

struct CommandExtras {
  std::vector<CommandExample> examples;
  // Exit codes this command can end with besides 0, 1, 2, 3 and 130 (docs/exit-codes.md).
  std::vector<int> exit_codes;
};

// Empty when the path has no entry (the docs test requires one for every command).
const CommandExtras& command_extras(const std::string& path);

// Every path that has an entry, to catch entries for commands that no longer exist.
std::vector<std::string> command_extras_paths();

}  // namespace raxol
