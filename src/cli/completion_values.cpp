#include <algorithm>

#include "cli/completion_scripts.h"

namespace raxol {

namespace {
bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

ValueKind value_kind(const OptionInfo& option) {
  if (option.is_flag()) return ValueKind::none;
  if (!option.choices.empty()) return ValueKind::choices;
  if (option.positional == "target" || option.positional == "targets") return ValueKind::targets;
  if (ends_with(option.value_name, "DIR")) return ValueKind::directories;
  if (ends_with(option.value_name, "FILE") || ends_with(option.value_name, "TOML"))
    return ValueKind::files;
  bool file_option = std::any_of(option.names.begin(), option.names.end(),
                                 [](const std::string& name) { return ends_with(name, "-file"); });
  return file_option ? ValueKind::files : ValueKind::any;
}

}  // namespace raxol
