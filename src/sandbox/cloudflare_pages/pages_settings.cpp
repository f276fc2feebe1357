#include "sandbox/cloudflare_pages/pages_settings.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

void read_strings(const nlohmann::json& object, const char* key, std::vector<std::string>& out) {
  if (!object.contains(key)) return;
  const auto& value = object[key];
  if (value.is_string()) {
    out = {value.get<std::string>()};
  } else if (value.is_array()) {
    out.clear();
    for (const auto& item : value)
      if (item.is_string()) out.push_back(item.get<std::string>());
  }
}

template <class T>
void read_number(const nlohmann::json& object, const char* key, T& out) {
  if (object.contains(key) && object[key].is_number_integer()) out = object[key].get<T>();
}

void read_text(const nlohmann::json& object, const char* key, std::string& out) {
  if (object.contains(key) && object[key].is_string() && !object[key].get<std::string>().empty())
    out = object[key].get<std::string>();
}

}  // namespace

bool simple_glob(std::string_view glob, std::string_view text) {
  size_t g = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (g < glob.size() && glob[g] == text[t]) {
      ++g;
      ++t;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = t;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

PagesEmulatorSettings read_pages_settings(StateFile& settings) {
  PagesEmulatorSettings result;
  settings.read([&](const nlohmann::json& document) {
    if (!document.is_object() || !document.contains("cloudflare-pages")) return;
    const auto& pages = document["cloudflare-pages"];
    if (!pages.is_object()) return;
    read_strings(pages, "tokens", result.tokens);
    if (result.tokens.empty()) result.tokens = {"sandbox-cloudflare-token"};
    read_text(pages, "account_id", result.account_id);
    read_text(pages, "account_name", result.account_name);
    read_number(pages, "jwt_ttl_seconds", result.jwt_ttl_seconds);
    read_number(pages, "max_file_count_allowed", result.max_file_count_allowed);
    read_text(pages, "jwt_secret", result.jwt_secret);
    if (pages.contains("expired_jwt_plain_text") && pages["expired_jwt_plain_text"].is_boolean())
      result.expired_jwt_plain_text = pages["expired_jwt_plain_text"].get<bool>();
    read_number(pages, "stage_ms", result.stage_ms);
    read_strings(pages, "failing_branches", result.failing_branches);
    read_number(pages, "domain_active_ms", result.domain_active_ms);
    read_strings(pages, "failing_domains", result.failing_domains);
    read_text(pages, "domain_validation_method", result.domain_validation_method);
    read_strings(pages, "zones", result.zones);
  });
  return result;
}

}  // namespace raxol::sandbox::cloudflare_pages
