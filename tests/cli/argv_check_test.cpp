// The misreading rules, checked on the real command table without running anything.
#include <catch2/catch.hpp>

#include "cli/argv_check.h"
#include "cli/command_table.h"

using raxol::check_command_line;
using raxol::command_table;

namespace {

// The usage error for `args`, or "" when they check.
std::string problem(const std::vector<std::string>& args) {
  auto checked = check_command_line(args, command_table());
  if (checked.ok()) return "";
  CHECK(checked.error().kind == raxol::ErrorKind::usage);
  std::string text = checked.error().message;
  for (const auto& note : checked.error().notes) text += "\n" + note;
  return text;
}

std::string command_of(const std::vector<std::string>& args) {
  auto checked = check_command_line(args, command_table());
  REQUIRE(checked.ok());
  if (checked->command == nullptr) return "";
  std::string path;
  for (const auto& word : checked->command->path) path += (path.empty() ? "" : " ") + word;
  return path;
}

}  // namespace

TEST_CASE("argv check: a value option never takes a following option as its value", "[cli]") {
  CHECK(problem({"deploy", "fly", "--image", "--dry-run"}).rfind("--image needs a value", 0) == 0);
  CHECK(problem({"deploy", "fly", "--image", "--dry-run"}).find("--image=VALUE") != std::string::npos);
  CHECK(problem({"deploy", "fly", "--image"}) == "--image needs a value");
  CHECK(problem({"logs", "fly", "-n", "-f"}).rfind("-n needs a value", 0) == 0);
  CHECK(problem({"-C", "--json", "version"}).rfind("-C needs a value", 0) == 0);
  // An explicit `=` is the user's choice, and a value that is not an option word is a value.
  CHECK(problem({"deploy", "fly", "--image=--x", "--dry-run"}).empty());
  CHECK(problem({"deploy", "fly", "--image", "registry.fly.io/app:v1", "--dry-run"}).empty());
  CHECK(problem({"deploy", "--max-unavailable", "-1"}).empty());  // a number, checked later
  CHECK(problem({"deploy", "--dry-run=yes"}).rfind("--dry-run takes no value", 0) == 0);
}

TEST_CASE("argv check: --version is global only before the command", "[cli]") {
  auto before = check_command_line({"--version"}, command_table());
  REQUIRE(before.ok());
  CHECK(before->version);
  auto with_flags = check_command_line({"--json", "--version", "deploy"}, command_table());
  REQUIRE(with_flags.ok());
  CHECK(with_flags->version);

  const std::string deploy = problem({"deploy", "fly", "--image", "X", "--version"});
  CHECK(deploy.rfind("'deploy' has no option --version", 0) == 0);
  CHECK(deploy.find("put it before the command") != std::string::npos);
  CHECK(problem({"secrets", "set", "fly", "X=1", "--version"}).rfind(
            "'secrets set' has no option --version", 0) == 0);
  CHECK(problem({"secrets", "--version"}).find("--version") != std::string::npos);

  // Inside rollback, --version is flyctl's name for --to.
  CHECK(problem({"rollback", "fly", "--version", "3"}).empty());
  CHECK(command_of({"rollback", "fly", "--version", "3"}) == "rollback");
}

TEST_CASE("argv check: releases rollback says how to roll back", "[cli]") {
  CHECK(problem({"releases", "rollback", "--version", "3"}) ==
        "'releases' has no subcommand 'rollback'; to roll back: raxol-deploy rollback TARGET "
        "--to 3");
  CHECK(problem({"releases", "rollback", "3"}).rfind("'releases' has no subcommand 'rollback'", 0) ==
        0);
  CHECK(problem({"releases", "fly"}).empty());  // a target name is what releases takes
}

TEST_CASE("argv check: unknown commands and options get did you mean", "[cli]") {
  CHECK(problem({"statuss"}) == "unknown command 'statuss'; did you mean 'status'?");
  CHECK(problem({"frobnicate"}) == "unknown command 'frobnicate'");
  CHECK(problem({"deploy", "--imag", "x"}) == "'deploy' has no option --imag; did you mean --image?");
  CHECK(problem({"--jsn", "version"}) == "unknown option --jsn; did you mean --json?");
  CHECK(problem({"secrets", "sett", "fly"}).rfind(
            "'secrets' has no subcommand 'sett'; did you mean 'set'?", 0) == 0);
  CHECK(problem({"logs", "-x"}).rfind("'logs' has no option -x", 0) == 0);
}

TEST_CASE("argv check: a group without its subcommand lists them", "[cli]") {
  CHECK(problem({"secrets"}) == "'secrets' needs a subcommand: set, list, unset, deploy");
  CHECK(problem({"--json", "config"}) == "'config' needs a subcommand: show, validate");
  CHECK(problem({"certs"}).find("add, show, check, list, remove") != std::string::npos);
}

TEST_CASE("argv check: extra and missing arguments are named as typed", "[cli]") {
  CHECK(problem({"status", "fly", "3", "count", "scale"}) ==
        "'status' does not take the arguments 3 count scale");
  CHECK(problem({"version", "now"}) == "'version' does not take the argument now");
  CHECK(problem({"exec", "fly"}) == "'exec' needs COMMAND");
  CHECK(problem({"secrets", "list"}) == "'secrets list' needs TARGET");
  // After --, every word is an argument (exec's command keeps its own flags).
  CHECK(problem({"exec", "fly", "--", "/app/bin/migrate", "--force"}).empty());
}

TEST_CASE("argv check: global flags before or after the command - help anywhere", "[cli]") {
  CHECK(command_of({"--json", "-v", "status"}) == "status");
  CHECK(command_of({"status", "--json", "-vv", "-y", "--config", "x.toml", "-C", "."}) == "status");
  CHECK(command_of({"config", "--json", "show"}) == "config show");
  CHECK(command_of({}).empty());
  auto help = check_command_line({"deploy", "--help"}, command_table());
  REQUIRE(help.ok());
  CHECK(help->help);
  CHECK(problem({"docs", "generate", "--out", "x"}).empty());  // hidden, still runnable
}
