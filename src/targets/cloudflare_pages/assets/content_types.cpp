#include "targets/cloudflare_pages/assets/content_types.h"

#include <algorithm>
#include <unordered_map>

namespace raxol::cloudflare_pages {

std::string_view node_extension(std::string_view path) {
  auto slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (base == "..") return {};
  auto dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return base.substr(dot + 1);
}

namespace {

const std::unordered_map<std::string, std::string>& content_types() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, std::string>();
    std::string_view text = content_type_table();
    while (!text.empty()) {
      auto end = text.find(';');
      std::string_view entry = text.substr(0, end);
      auto equals = entry.find('=');
      if (equals != std::string_view::npos)
        map->emplace(std::string(entry.substr(0, equals)), std::string(entry.substr(equals + 1)));
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
    return map;
  }();
  return *table;
}

}  // namespace

std::string content_type_for(std::string_view path) {
  std::string extension(node_extension(path));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto& types = content_types();
  auto found = extension.empty() ? types.end() : types.find(extension);
  return found == types.end() ? std::string("application/octet-stream") : found->second;
}

}  // namespace raxol::cloudflare_pages
