#include "commands/command.h"

namespace raxol {

namespace {
template <typename Change>
CommandOption changed(const CommandOption& option, Change change) {
  CommandOption copy = option;
  change(copy);
  return copy;
}
}  // namespace

CommandOption CommandOption::with_default(std::string text) const {
  return changed(*this, [&](CommandOption& o) { o.default_text = std::move(text); });
}
CommandOption CommandOption::with_short(char letter) const {
  return changed(*this, [&](CommandOption& o) { o.short_name = letter; });
}
CommandOption CommandOption::with_alias(std::string alias) const {
  return changed(*this, [&](CommandOption& o) { o.aliases.push_back(std::move(alias)); });
}
CommandOption CommandOption::as_required() const {
  return changed(*this, [](CommandOption& o) { o.required = true; });
}
CommandOption CommandOption::as_hidden() const {
  return changed(*this, [](CommandOption& o) { o.hidden = true; });
}
CommandOption CommandOption::whole_number(double low, std::optional<double> high) const {
  return changed(*this, [&](CommandOption& o) {
    o.integer = true;
    o.min = low;
    o.max = high;
  });
}

CommandOption target_argument(std::string help) {
  return CommandOption{"target", OptionType::text, std::move(help)};
}

CommandOption wait_timeout_option() {
  return {"wait-timeout", OptionType::duration,
          "How long to wait for health checks or the site's build, e.g. 2m"};
}

}  // namespace raxol
