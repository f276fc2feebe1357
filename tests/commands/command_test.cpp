// CommandOption's builders copy, change one thing, and leave the original alone.
#include "commands/command.h"

#include <catch2/catch.hpp>

using raxol::CommandOption;
using raxol::OptionType;

TEST_CASE("command option: each builder changes its copy only", "[commands][command]") {
  const CommandOption base{"lines", OptionType::number, "How many", "N"};
  const auto built =
      base.with_default("100").with_short('n').with_alias("count").as_required().as_hidden();
  CHECK(built.default_text == "100");
  CHECK(built.short_name == 'n');
  CHECK(built.aliases == std::vector<std::string>{"count"});
  CHECK(built.required);
  CHECK(built.hidden);
  CHECK(base.default_text.empty());
  CHECK(base.aliases.empty());
  CHECK_FALSE(base.required);
  CHECK_FALSE(base.hidden);
  CHECK(built.with_alias("n2").aliases == std::vector<std::string>{"count", "n2"});
}

TEST_CASE("command option: whole_number sets the range and integer", "[commands][command]") {
  const CommandOption base{"timeout", OptionType::number, "Seconds"};
  const auto bounded = base.whole_number(1, 3600);
  CHECK(bounded.integer);
  CHECK(bounded.min == 1);
  CHECK(bounded.max == 3600);
  const auto open = base.whole_number(0);
  CHECK(open.min == 0);
  CHECK_FALSE(open.max.has_value());
  CHECK_FALSE(base.integer);
}

TEST_CASE("command option: the shared target and wait-timeout options", "[commands][command]") {
  const auto target = raxol::target_argument("Target (fly)");
  CHECK(target.name == "target");
  CHECK(target.type == OptionType::text);
  CHECK(target.help == "Target (fly)");
  CHECK_FALSE(target.required);
  const auto wait = raxol::wait_timeout_option();
  CHECK(wait.name == "wait-timeout");
  CHECK(wait.type == OptionType::duration);
}
