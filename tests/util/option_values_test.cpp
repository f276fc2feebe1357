// OptionValues: typed getters by option type, what the user wrote, and unset options.
#include <catch2/catch.hpp>

#include "raxol/options.h"

using namespace raxol;
using Strings = std::vector<std::string>;

namespace {
OptionValue value(OptionType type, std::string written) {
  OptionValue v;
  v.type = type;
  v.written = std::move(written);
  return v;
}

OptionValues sample() {
  OptionValues values;
  values.set("image", value(OptionType::text, "registry.fly.io/app:1"));
  values.set("dry-run", value(OptionType::flag, "true"));
  values.set("no", value(OptionType::flag, "false"));
  OptionValue number = value(OptionType::number, "0.33");
  number.number = 0.33;
  values.set("max-unavailable", number);
  OptionValue duration = value(OptionType::duration, "2m");
  duration.duration = std::chrono::seconds(120);
  values.set("wait-timeout", duration);
  OptionValue list = value(OptionType::list, "K=V");
  list.items = {"A=1", "B=2", "A=3"};
  values.set("build-arg", list);
  return values;
}
}  // namespace

TEST_CASE("option values: text and written give what the user typed", "[util][options]") {
  const auto values = sample();
  CHECK(values.text("image") == "registry.fly.io/app:1");
  CHECK(values.written("image") == "registry.fly.io/app:1");
  CHECK(values.written("wait-timeout") == "2m");
  CHECK(values.written("max-unavailable") == "0.33");
  CHECK(values.text("missing").empty());
  CHECK(values.written("missing").empty());
}

TEST_CASE("option values: flags are set unless written false", "[util][options]") {
  const auto values = sample();
  CHECK(values.flag("dry-run"));
  CHECK_FALSE(values.flag("no"));
  CHECK_FALSE(values.flag("missing"));
  CHECK(values.has("no"));  // present, but false
}

TEST_CASE("option values: number and duration only for their types", "[util][options]") {
  const auto values = sample();
  REQUIRE(values.number("max-unavailable"));
  CHECK(*values.number("max-unavailable") == Approx(0.33));
  CHECK(values.duration("wait-timeout") == std::chrono::seconds(120));
  // Another type, or unset: no value, never a zero that looks real.
  CHECK_FALSE(values.number("image"));
  CHECK_FALSE(values.number("wait-timeout"));
  CHECK_FALSE(values.number("missing"));
  CHECK_FALSE(values.duration("max-unavailable"));
  CHECK_FALSE(values.duration("image"));
  CHECK_FALSE(values.duration("missing"));
  OptionValues zero;
  OptionValue n = value(OptionType::number, "0");
  zero.set("n", n);
  REQUIRE(zero.number("n"));
  CHECK(*zero.number("n") == 0.0);
}

TEST_CASE("option values: list gives every item, or the one value", "[util][options]") {
  const auto values = sample();
  CHECK(values.list("build-arg") == Strings{"A=1", "B=2", "A=3"});
  CHECK(values.list("image") == Strings{"registry.fly.io/app:1"});
  CHECK(values.list("missing").empty());
  OptionValues empty_list;
  empty_list.set("env", value(OptionType::list, ""));
  CHECK(empty_list.list("env").empty());
}

TEST_CASE("option values: set replaces, erase removes, all is by name", "[util][options]") {
  auto values = sample();
  CHECK(values.has("image"));
  values.set("image", value(OptionType::text, "other"));
  CHECK(values.text("image") == "other");
  values.erase("image");
  CHECK_FALSE(values.has("image"));
  CHECK(values.text("image").empty());
  values.erase("never-set");  // harmless
  Strings names;
  for (const auto& [name, v] : values.all()) names.push_back(name);
  CHECK(names == Strings{"build-arg", "dry-run", "max-unavailable", "no", "wait-timeout"});
  CHECK(OptionValues().all().empty());
}

TEST_CASE("option values: a spec's flag text", "[util][options]") {
  CHECK(OptionSpec("image", OptionType::text, "the image").flag_text() == "--image");
  OptionSpec spec("wait-timeout", OptionType::duration, "how long", "DURATION");
  CHECK(spec.value_name == "DURATION");
  CHECK_FALSE(spec.required);
  CHECK(spec.kinds.empty());
}
