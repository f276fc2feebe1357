// The hand-written examples of the command docs: one for every command, each parses with the
// real parser to the command it documents, and shell lines join before/after as typed.
#include "cli/command_examples.h"

#include <catch2/catch.hpp>
#include <set>

#include "cli/cli_info.h"
#include "cli/parser.h"

namespace {

// Splits an example's arguments as a shell would ('...' and "..." quoting, no expansion).
std::vector<std::string> shell_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : text) {
    if (quote != 0) {
      if (c == quote)
        quote = 0;
      else
        word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

}  // namespace

TEST_CASE("command examples: every command has examples and every example parses",
          "[docs][examples]") {
  auto cli = raxol::describe_cli();
  std::set<std::string> commands;
  for (const auto* command : raxol::runnable_commands(cli)) {
    commands.insert(command->joined());
    INFO("add examples for '" << command->joined() << "' in src/cli/command_examples.cpp");
    CHECK_FALSE(raxol::command_extras(command->joined()).examples.empty());
  }
  for (const auto& path : raxol::command_extras_paths()) {
    INFO("src/cli/command_examples.cpp has examples for '" << path << "', not a command");
    CHECK(commands.count(path) == 1);
    for (const auto& example : raxol::command_extras(path).examples) {
      auto words = shell_words(example.args);
      INFO("example: raxol-deploy " << example.args);
      auto parsed = raxol::parse_command_line(words);
      if (!parsed.ok()) FAIL("does not parse: " << parsed.error().message);
      REQUIRE(parsed->command != nullptr);
      std::string parsed_path;
      for (const auto& part : parsed->command->path)
        parsed_path += (parsed_path.empty() ? "" : " ") + part;
      CHECK(parsed_path == path);
    }
  }
}

TEST_CASE("command examples: shell lines join the text before and after", "[examples]") {
  CHECK(raxol::CommandExample("status", "x").shell_line() == "raxol-deploy status");
  CHECK(raxol::CommandExample("secrets set fly A=-", "x", "echo v |").shell_line() ==
        "echo v | raxol-deploy secrets set fly A=-");
  CHECK(raxol::CommandExample("status --json", "x", "", "> out.json").shell_line() ==
        "raxol-deploy status --json > out.json");
  // Inside $( ... ) no space is added after "(" or before ")".
  CHECK(raxol::CommandExample("targets", "x", "echo $(", ")").shell_line() ==
        "echo $(raxol-deploy targets)");
  CHECK(raxol::command_extras("no such command").examples.empty());
  CHECK(raxol::command_extras("no such command").exit_codes.empty());
}
