// describe_cli: the command tree read from the command data (options, positionals, choices,
// defaults, hidden ones left out), and the synopsis and labels made from it.
#include "cli/cli_info.h"

#include <catch2/catch.hpp>
#include <set>

using raxol::CommandOption;
using raxol::OptionType;

namespace {

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

TEST_CASE("cli info: the tree walk reads options choices defaults and required-ness",
          "[docs][cli_info]") {
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
  for (const char* name :
       {"--help", "--version", "--json", "-v", "-C", "--config", "--sandbox", "-y", "--yes"})
    CHECK(globals.count(name) == 1);
}

TEST_CASE("cli info: value names and option names from the spec", "[cli_info]") {
  CHECK(raxol::value_name_of({"dry-run", OptionType::flag, "x"}).empty());
  CHECK(raxol::value_name_of({"image", OptionType::text, "x", "REF"}) == "REF");
  CHECK(raxol::value_name_of({"wait", OptionType::duration, "x"}) == "DURATION");
  CHECK(raxol::value_name_of({"ratio", OptionType::number, "x"}) == "NUMBER");
  CHECK(raxol::value_name_of(CommandOption{"n", OptionType::number, "x"}.whole_number(1)) == "INT");
  CHECK(raxol::value_name_of({"message", OptionType::text, "x"}) == "TEXT");

  const auto machine =
      CommandOption{"machine", OptionType::text, "x"}.with_short('m').with_alias("instance");
  CHECK(raxol::option_names(machine) == std::vector<std::string>{"-m", "--machine", "--instance"});
  CHECK(raxol::describe_option(machine, false).label() == "-m, --machine, --instance");
  const auto target = raxol::describe_option(raxol::target_argument(), true);
  CHECK(target.names.empty());
  CHECK(target.label() == "TARGET");
  CHECK(target.value_name == "TEXT");
  CHECK_FALSE(target.many);
}

TEST_CASE("cli info: groups hold their subcommands and synopses mark optional parts",
          "[cli_info]") {
  auto cli = raxol::describe_cli();
  const raxol::CommandInfo* secrets = nullptr;
  for (const auto& command : cli.commands)
    if (command.joined() == "secrets") secrets = &command;
  REQUIRE(secrets != nullptr);
  CHECK(secrets->spec == nullptr);
  std::set<std::string> verbs;
  for (const auto& sub : secrets->subcommands) verbs.insert(sub.path.back());
  CHECK(verbs == std::set<std::string>{"set", "list", "unset", "deploy"});
  CHECK(raxol::synopsis(*secrets) == "raxol-deploy secrets COMMAND");
  CHECK(raxol::synopsis(*find_command(cli, "secrets unset")) ==
        "raxol-deploy secrets unset [OPTIONS] TARGET NAMES...");
  CHECK(raxol::synopsis(*find_command(cli, "releases")) ==
        "raxol-deploy releases [OPTIONS] [TARGET]");
  CHECK(find_command(cli, "secrets unset")->joined("-") == "secrets-unset");
  for (const auto* command : raxol::runnable_commands(cli)) CHECK(command->spec != nullptr);
}
