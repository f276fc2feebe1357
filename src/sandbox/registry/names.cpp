#include "sandbox/registry/names.h"

#include <regex>
#include <string>

namespace raxol::sandbox::registry {

bool valid_repository_name(std::string_view name) {
  static const std::regex pattern(
      R"([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*)");
  return !name.empty() && name.size() <= 255 && std::regex_match(name.begin(), name.end(), pattern);
}

bool valid_tag(std::string_view tag) {
  static const std::regex pattern(R"([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127})");
  return std::regex_match(tag.begin(), tag.end(), pattern);
}

}  // namespace raxol::sandbox::registry
