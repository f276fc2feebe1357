// Generated docs: docs/commands/*.md and docs/raxol-deploy.1 match what the binary writes,
// the man page renders cleanly, and the hand-written examples use real commands and flags.
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>

#include "cli/cli_info.h"
#include "cli/command_examples.h"
#include "cli/parser.h"
#include "cli/shell_support.h"
#include "cli/docs_gen.h"
#include "support/run_binary.h"

using raxol::test::read_file;
using raxol::test::run_binary;
using raxol::test::source_path;
using raxol::test::TempDir;

namespace {

std::set<std::string> markdown_files(const std::filesystem::path& dir) {
  std::set<std::string> names;
  if (!std::filesystem::is_directory(dir)) return names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".md") names.insert(entry.path().filename().string());
  return names;
}

// Splits an example's arguments as a shell would ('...' and "..." quoting, no expansion).
std::vector<std::string> shell_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : text) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      else word += c;
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

const raxol::CommandInfo* find_command(const raxol::CliInfo& cli, const std::string& path) {
  for (const auto* command : raxol::runnable_commands(cli))
    if (command->joined() == path) return command;
  return nullptr;
}

const raxol::OptionInfo* find_option(const raxol::CommandInfo& command, const std::string& name) {
  for (const auto& option : command.options)
    for (const auto& option_name : option.names)
      if (option_name == name) return &option;
  return nullptr;
}

}  // namespace

TEST_CASE("docs: checked-in docs/commands and man page match the binary", "[docs]") {
  TempDir out;
  auto generated = run_binary({"docs", "generate", "--out", out.path().string()});
  INFO(generated.err);
  REQUIRE(generated.exit_code == 0);

  const std::string fix = ": run scripts/gen-docs.sh and commit the result";
  auto want = markdown_files(out / "commands");
  auto have = markdown_files(source_path("docs/commands"));
  REQUIRE(want.size() > 10);
  for (const auto& name : want) {
    INFO("docs/commands/" + name + " is missing or out of date" + fix);
    REQUIRE(have.count(name) == 1);
    CHECK(read_file(source_path("docs/commands/" + name)) == read_file(out / "commands" / name));
  }
  for (const auto& name : have) {
    INFO("docs/commands/" + name + " documents no command" + fix);
    CHECK(want.count(name) == 1);
  }
  INFO("docs/raxol-deploy.1 is out of date" + fix);
  CHECK(read_file(source_path("docs/raxol-deploy.1")) == read_file(out / "raxol-deploy.1"));
}

TEST_CASE("docs: the man page renders without warnings", "[docs]") {
  if (!raxol::test::shell_available("groff")) {
    WARN("groff is not installed: man page rendering not checked");
    return;
  }
  TempDir out;
  REQUIRE(run_binary({"docs", "generate", "--out", out.path().string()}).exit_code == 0);
  auto rendered =
      raxol::test::run_shell({"groff", "-man", "-Tutf8", "-ww", (out / "raxol-deploy.1").string()});
  INFO(rendered.err);
  CHECK(rendered.exit_code == 0);
  CHECK(rendered.err.empty());
  // grotty draws bold and underline by overstriking: "N\bN". Keep the plain text.
  rendered.out = std::regex_replace(rendered.out, std::regex(".\b"), "");
  for (const char* section : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "GLOBAL OPTIONS",
                              "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"})
    CHECK(rendered.out.find(std::string("\n") + section + "\n") != std::string::npos);
  CHECK(rendered.out.find("--strategy") != std::string::npos);
  CHECK(rendered.out.find("FLY_API_TOKEN") != std::string::npos);
}

TEST_CASE("docs: docs generate is hidden from help, completion is listed", "[docs]") {
  auto help = run_binary({"--help"});
  REQUIRE(help.exit_code == 0);
  CHECK(help.out.find("completion") != std::string::npos);
  CHECK(help.out.find("generate") == std::string::npos);
  CHECK(std::regex_search(help.out, std::regex("\n  docs ")) == false);
}

TEST_CASE("docs: the tree walk reads options, choices, defaults and required-ness", "[docs]") {
  auto cli = raxol::describe_cli();

  const auto* deploy = find_command(cli, "deploy");
  REQUIRE(deploy != nullptr);
  const auto* strategy = find_option(*deploy, "--strategy");
  REQUIRE(strategy != nullptr);
  CHECK(strategy->choices ==
        std::vector<std::string>{"rolling", "immediate", "canary", "bluegreen"});
  CHECK(find_option(*deploy, "--dry-run")->is_flag());
  REQUIRE(deploy->positionals.size() == 1);
  CHECK_FALSE(deploy->positionals[0].required);

  const auto* exec = find_command(cli, "exec");
  REQUIRE(exec != nullptr);
  CHECK(find_option(*exec, "--timeout")->default_value == "60");
  CHECK(find_option(*exec, "--timeout")->checks == std::vector<std::string>{"INT in [1 - 3600]"});
  REQUIRE(exec->positionals.size() == 2);
  CHECK(exec->positionals[0].required);
  CHECK(exec->positionals[1].many);
  CHECK(raxol::synopsis(*exec) == "raxol-deploy exec [OPTIONS] TARGET -- COMMAND...");

  const auto* show = find_command(cli, "config show");
  REQUIRE(show != nullptr);
  CHECK(show->positionals.at(0).default_value == "fly.toml");
  CHECK(show->positionals.at(0).value_name == "FLY_TOML");

  const auto* logs = find_command(cli, "logs");
  REQUIRE(logs != nullptr);
  CHECK(find_option(*logs, "-n") == find_option(*logs, "--lines"));
  CHECK(find_option(*logs, "-n")->label() == "-n, --lines");

  const auto* completion = find_command(cli, "completion");
  REQUIRE(completion != nullptr);
  CHECK(find_option(*completion, "--list-targets") == nullptr);  // hidden
  CHECK(find_command(cli, "docs generate") == nullptr);          // hidden

  std::set<std::string> globals;
  for (const auto& option : cli.global_options)
    for (const auto& name : option.names) globals.insert(name);
  for (const char* name : {"--help", "--version", "--json", "-v", "-C", "--config", "--sandbox",
                           "-y", "--yes"})
    CHECK(globals.count(name) == 1);
}

TEST_CASE("docs: every command has examples, and every example parses", "[docs]") {
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

TEST_CASE("docs: exit codes agree with docs/exit-codes.md", "[docs]") {
  std::string page = read_file(source_path("docs/exit-codes.md"));
  std::regex row(R"(\n\| *(\d+) *\|[^\n]*\| *([^|\n]*)\|)");
  std::map<int, std::string> documented;  // code -> kinds column
  for (std::sregex_iterator it(page.begin(), page.end(), row), end; it != end; ++it)
    documented[std::stoi((*it)[1])] = (*it)[2];
  auto table = raxol::exit_code_table();
  CHECK(documented.size() == table.size());
  for (const auto& code : table) {
    INFO("exit code " << code.code);
    REQUIRE(documented.count(code.code) == 1);
    for (const auto& kind : code.kinds)
      CHECK(documented[code.code].find("`" + kind + "`") != std::string::npos);
  }
}
