#include "cli/option_parsing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "util/durations.h"
#include "util/strings.h"

namespace raxol {

namespace {

// The name as the user would write it: --lines for an option, SHELL for an argument.
std::string shown_name(const CommandOption& spec, bool positional) {
  if (!positional) return option_flag(spec);
  std::string name;
  for (char c : spec.name) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

Status check_number(const CommandOption& spec, const std::string& flag, const std::string& text,
                    double number) {
  const bool whole = !spec.integer || number == std::floor(number);
  const bool low = spec.min && number < *spec.min;
  const bool high = spec.max && number > *spec.max;
  if (whole && !low && !high) return {};
  std::string expected = spec.integer ? "a whole number" : "a number";
  if (spec.min && spec.max)
    expected += " from " + number_text(*spec.min) + " to " + number_text(*spec.max);
  else if (spec.min)
    expected += " of at least " + number_text(*spec.min);
  else if (spec.max)
    expected += " of at most " + number_text(*spec.max);
  return make_error(ErrorKind::usage, flag + " " + text + ": expected " + expected);
}

}  // namespace

std::string option_flag(const OptionSpec& spec) {
  return (spec.name.size() == 1 ? "-" : "--") + spec.name;
}

std::string number_text(double value) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc()) return std::to_string(value);
  return std::string(buffer, end);
}

Result<std::chrono::seconds> parse_duration_option(const std::string& flag,
                                                   const std::string& text) {
  long long seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error == std::errc() && end == text.data() + text.size() && seconds > 0)
    return std::chrono::seconds(seconds);
  auto parsed = parse_go_duration(text);
  if (!parsed || parsed->count() <= 0)
    return make_error(ErrorKind::usage, flag + " " + text +
                                            ": expected a duration such as 90s, 2m or 1m30s");
  return std::max(std::chrono::seconds(1), std::chrono::duration_cast<std::chrono::seconds>(*parsed));
}

Result<OptionValue> parse_option_value(const CommandOption& spec, const std::vector<std::string>& texts,
                                       bool positional) {
  OptionValue value;
  value.type = spec.type;
  value.items = texts;
  value.written = texts.empty() ? std::string() : texts.back();
  const std::string flag = shown_name(spec, positional);
  if (!spec.choices.empty())
    for (const auto& text : texts)
      if (std::find(spec.choices.begin(), spec.choices.end(), text) == spec.choices.end())
        return make_error(ErrorKind::usage,
                          flag + " " + text + ": expected one of " + join(spec.choices, ", "));
  switch (spec.type) {
    case OptionType::flag:
      value.written = "true";
      break;
    case OptionType::number: {
      const std::string& text = value.written;
      double number = 0;
      auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
      if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
        return make_error(ErrorKind::usage, flag + " " + text + ": expected a number");
      RAXOL_TRY(check_number(spec, flag, text, number));
      value.number = number;
      break;
    }
    case OptionType::duration: {
      RAXOL_ASSIGN_OR_RETURN(value.duration, parse_duration_option(flag, value.written));
      break;
    }
    case OptionType::text:
    case OptionType::list:
      break;
  }
  return value;
}

}  // namespace raxol
