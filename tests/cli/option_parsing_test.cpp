// Option values read as typed: numbers, bounds, durations and choices, with messages that quote
// what the user wrote.
#include <catch2/catch.hpp>

#include "cli/option_parsing.h"

using raxol::CommandOption;
using raxol::OptionType;
using raxol::parse_option_value;

namespace {
std::string message_of(const CommandOption& spec, const std::string& text, bool positional = false) {
  auto value = parse_option_value(spec, {text}, positional);
  REQUIRE_FALSE(value.ok());
  CHECK(value.error().kind == raxol::ErrorKind::usage);
  return value.error().message;
}
}  // namespace

TEST_CASE("option parsing: numbers and their bounds read as written", "[cli]") {
  const auto lines = CommandOption{"lines", OptionType::number, "n"}.whole_number(1);
  CHECK(message_of(lines, "0") == "--lines 0: expected a whole number of at least 1");
  CHECK(message_of(lines, "1.5") == "--lines 1.5: expected a whole number of at least 1");
  CHECK(message_of(lines, "ten") == "--lines ten: expected a number");
  const auto timeout = CommandOption{"timeout", OptionType::number, "s"}.whole_number(1, 3600);
  CHECK(message_of(timeout, "99999") == "--timeout 99999: expected a whole number from 1 to 3600");
  auto ok = parse_option_value(timeout, {"90"});
  REQUIRE(ok.ok());
  CHECK(ok->number == 90);
  CHECK(ok->written == "90");
  CHECK(raxol::number_text(0.33) == "0.33");
  CHECK(raxol::number_text(3600) == "3600");
}

TEST_CASE("option parsing: durations and choices", "[cli]") {
  const CommandOption wait{"wait-timeout", OptionType::duration, "d"};
  auto two_minutes = parse_option_value(wait, {"2m"});
  REQUIRE(two_minutes.ok());
  CHECK(two_minutes->duration == std::chrono::seconds(120));
  CHECK(parse_option_value(wait, {"45"})->duration == std::chrono::seconds(45));
  CHECK(message_of(wait, "soon") ==
        "--wait-timeout soon: expected a duration such as 90s, 2m or 1m30s");
  const CommandOption shell{"shell", OptionType::text, "s", {}, {"bash", "zsh", "fish"}};
  CHECK(message_of(shell, "csh", true) == "SHELL csh: expected one of bash, zsh, fish");
  CHECK(message_of(shell, "csh") == "--shell csh: expected one of bash, zsh, fish");
}
