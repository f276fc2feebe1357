#include "raxol/options.h"

namespace raxol {

std::string OptionValues::text(const std::string& name) const {
  auto found = values_.find(name);
  return found == values_.end() ? std::string() : found->second.written;
}

bool OptionValues::flag(const std::string& name) const {
  auto found = values_.find(name);
  return found != values_.end() && found->second.written != "false";
}

std::optional<double> OptionValues::number(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end() || found->second.type != OptionType::number) return std::nullopt;
  return found->second.number;
}

std::optional<std::chrono::seconds> OptionValues::duration(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end() || found->second.type != OptionType::duration) return std::nullopt;
  return found->second.duration;
}

std::vector<std::string> OptionValues::list(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end()) return {};
  if (found->second.type == OptionType::list) return found->second.items;
  return {found->second.written};
}

std::string OptionValues::written(const std::string& name) const { return text(name); }

}  // namespace raxol
