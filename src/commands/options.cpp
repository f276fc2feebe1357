#include "commands/options.h"

#include <charconv>
#include <cmath>

#include "util/durations.h"

namespace raxol {

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

Result<OptionValue> parse_option_value(const OptionSpec& spec, const std::vector<std::string>& texts) {
  OptionValue value;
  value.type = spec.type;
  value.items = texts;
  value.written = texts.empty() ? std::string() : texts.back();
  const std::string flag = spec.flag_text();
  if (!spec.choices.empty())
    for (const auto& text : texts)
      if (std::find(spec.choices.begin(), spec.choices.end(), text) == spec.choices.end()) {
        std::string choices;
        for (const auto& choice : spec.choices) choices += (choices.empty() ? "" : ", ") + choice;
        return make_error(ErrorKind::usage,
                          flag + " " + text + ": expected one of " + choices);
      }
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

void BoundOptions::bind(CLI::App& app, const std::vector<OptionSpec>& specs) {
  for (const auto& spec : specs) {
    auto slot = std::make_shared<Slot>();
    slot->spec = spec;
    std::string names = "--" + spec.name;
    for (const auto& alias : spec.aliases) names += ",--" + alias;
    if (spec.short_name != 0) names = std::string("-") + spec.short_name + "," + names;
    if (spec.type == OptionType::flag) {
      slot->option = app.add_flag(names, slot->flag, spec.help);
    } else {
      slot->option = app.add_option(names, slot->texts, spec.help);
      if (spec.type != OptionType::list) slot->option->expected(1);
      if (!spec.value_name.empty()) slot->option->type_name(spec.value_name);
      // Completions offer the choices (cli/completion_values.cpp reads the validator).
      if (!spec.choices.empty()) slot->option->check(CLI::IsMember(spec.choices));
    }
    slots_.push_back(slot);
  }
}

Result<OptionValues> BoundOptions::values() const {
  OptionValues values;
  for (const auto& slot : slots_) {
    if (slot->option->count() == 0) continue;
    RAXOL_ASSIGN_OR_RETURN(OptionValue value, parse_option_value(slot->spec, slot->texts));
    values.set(slot->spec.name, std::move(value));
  }
  return values;
}

}  // namespace raxol
