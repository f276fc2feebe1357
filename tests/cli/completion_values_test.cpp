// value_kind: what a shell offers for an option's or positional's value.
#include <catch2/catch.hpp>

#include "cli/cli_info.h"
#include "cli/completion_scripts.h"

using raxol::OptionInfo;
using raxol::value_kind;
using raxol::ValueKind;

namespace {
OptionInfo option(std::vector<std::string> names, std::string value_name) {
  OptionInfo info;
  info.names = std::move(names);
  info.value_name = std::move(value_name);
  return info;
}
OptionInfo positional(std::string name) {
  OptionInfo info;
  info.positional = std::move(name);
  info.value_name = "TEXT";
  return info;
}
}  // namespace

TEST_CASE("completion values: flags choices and target positionals", "[completion][values]") {
  CHECK(value_kind(option({"--dry-run"}, "")) == ValueKind::none);
  auto strategy = option({"--strategy"}, "TEXT");
  strategy.choices = {"rolling", "canary"};
  CHECK(value_kind(strategy) == ValueKind::choices);
  CHECK(value_kind(positional("target")) == ValueKind::targets);
  CHECK(value_kind(positional("targets")) == ValueKind::targets);
  CHECK(value_kind(positional("hostname")) == ValueKind::any);
  // Choices win over the positional's name.
  auto shell = positional("target");
  shell.choices = {"bash"};
  CHECK(value_kind(shell) == ValueKind::choices);
}

TEST_CASE("completion values: files and directories by value name or flag name",
          "[completion][values]") {
  CHECK(value_kind(option({"-C"}, "DIR")) == ValueKind::directories);
  CHECK(value_kind(option({"--config"}, "FILE")) == ValueKind::files);
  CHECK(value_kind(positional("fly_toml")) == ValueKind::any);
  auto toml = positional("fly_toml");
  toml.value_name = "FLY_TOML";
  CHECK(value_kind(toml) == ValueKind::files);
  CHECK(value_kind(option({"--from-env-file"}, "TEXT")) == ValueKind::files);
  CHECK(value_kind(option({"--image"}, "REF")) == ValueKind::any);
  CHECK(value_kind(option({"--profile"}, "TEXT")) == ValueKind::any);  // "-file" only at the end
}
