// parse_command_line: typed values with defaults, the global flags, help and version.
#include <catch2/catch.hpp>

#include "cli/parser.h"

using raxol::parse_command_line;
using Action = raxol::ParsedCommandLine::Action;

TEST_CASE("parser: values come back typed, with declared defaults", "[cli]") {
  auto logs = parse_command_line({"logs", "fly", "-n", "5", "--instance", "m1", "-f"});
  REQUIRE(logs.ok());
  REQUIRE(logs->action == Action::run);
  CHECK(logs->values.text("target") == "fly");
  CHECK(logs->values.number("lines") == 5);
  CHECK(logs->values.text("machine") == "m1");  // --instance is an alias of --machine
  CHECK(logs->values.flag("follow"));

  auto defaults = parse_command_line({"exec", "fly", "--", "ls", "-la"});
  REQUIRE(defaults.ok());
  CHECK(defaults->values.number("timeout") == 60);
  CHECK(defaults->values.list("command") == std::vector<std::string>{"ls", "-la"});

  auto rollback = parse_command_line({"rollback", "fly", "--version", "3", "--dry-run"});
  REQUIRE(rollback.ok());
  CHECK(rollback->values.text("to") == "3");
  CHECK(rollback->values.flag("dry-run"));
}

TEST_CASE("parser: global flags before or after the command", "[cli]") {
  auto parsed = parse_command_line({"-v", "status", "--json", "-vv", "--yes", "-C", "/tmp"});
  REQUIRE(parsed.ok());
  CHECK(parsed->globals.json);
  CHECK(parsed->globals.verbosity == 3);
  CHECK(parsed->globals.yes);
  CHECK(parsed->globals.work_dir == "/tmp");
}

TEST_CASE("parser: help, version and no command", "[cli]") {
  auto version = parse_command_line({"--version"});
  REQUIRE(version.ok());
  CHECK(version->action == Action::print);
  CHECK(version->text.rfind("raxol-deploy ", 0) == 0);
  auto help = parse_command_line({"deploy", "--help"});
  REQUIRE(help.ok());
  CHECK(help->action == Action::print);
  CHECK(help->text.find("--image") != std::string::npos);
  auto none = parse_command_line({});
  REQUIRE(none.ok());
  CHECK(none->action == Action::no_command);
  CHECK(none->text.find("Usage") != std::string::npos);
}

TEST_CASE("parser: a value that does not fit is a usage error in our words", "[cli]") {
  auto bad = parse_command_line({"history", "-n", "0"});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "--limit 0: expected a whole number of at least 1");
  auto strategy = parse_command_line({"deploy", "fly", "--strategy", "sideways"});
  REQUIRE_FALSE(strategy.ok());
  CHECK(strategy.error().message.rfind("--strategy sideways: expected one of rolling", 0) == 0);
}
