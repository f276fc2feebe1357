// The global flags: declared once, read back into GlobalOptions before or after the command.
#include "cli/global_options.h"

#include <catch2/catch.hpp>
#include <set>

#include "cli/parser.h"

TEST_CASE("global options: the declared flags in help order", "[cli][global_options]") {
  const auto& specs = raxol::global_option_specs();
  REQUIRE(specs.size() >= 2);
  CHECK(specs[0].name == "help");
  CHECK(specs[0].short_name == 'h');
  CHECK(specs[1].name == "version");
  std::set<std::string> names;
  for (const auto& spec : specs) CHECK(names.insert(spec.name).second);
  CHECK(names == std::set<std::string>{"help", "version", "json", "verbose", "C", "config",
                                       "sandbox", "yes"});
  CHECK(raxol::program_description().rfind("raxol-deploy: ", 0) == 0);
}

TEST_CASE("global options: read from a command line before and after the command",
          "[cli][global_options]") {
  auto before = raxol::parse_command_line(
      {"-vv", "--json", "-C", "/tmp/p", "--config", "x.toml", "--sandbox", "--yes", "status"});
  REQUIRE(before.ok());
  CHECK(before->globals.verbosity == 2);
  CHECK(before->globals.json);
  CHECK(before->globals.sandbox);
  CHECK(before->globals.yes);
  CHECK(before->globals.work_dir == "/tmp/p");
  CHECK(before->globals.config_file == "x.toml");

  auto after = raxol::parse_command_line({"status", "-y", "--json", "-v"});
  REQUIRE(after.ok());
  CHECK(after->globals.json);
  CHECK(after->globals.yes);
  CHECK(after->globals.verbosity == 1);

  auto none = raxol::parse_command_line({"status"});
  REQUIRE(none.ok());
  CHECK_FALSE(none->globals.json);
  CHECK(none->globals.verbosity == 0);
  CHECK(none->globals.work_dir.empty());
  CHECK(raxol::global_options_from(raxol::OptionValues{}).config_file.empty());
}

TEST_CASE("global options: -C without a directory is a usage error", "[cli][global_options]") {
  auto missing = raxol::parse_command_line({"status", "-C"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == raxol::ErrorKind::usage);
  CHECK(missing.error().message.find("-C") != std::string::npos);
}
