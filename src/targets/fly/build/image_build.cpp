#include "targets/fly/build/image_build.h"

#include <cctype>

namespace raxol::fly {

std::string image_tag(const std::string& registry_host, const std::string& app,
                      const std::string& label) {
  return registry_host + "/" + app + ":" + label;
}

bool valid_tag_label(const std::string& label) {
  if (label.empty() || label.size() > 128) return false;
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  if (!word(label.front())) return false;
  for (char c : label)
    if (!word(c) && c != '.' && c != '-') return false;
  return true;
}

std::string reference_digest(const std::string& reference) {
  auto at = reference.rfind('@');
  return at == std::string::npos ? std::string() : reference.substr(at + 1);
}

}  // namespace raxol::fly
