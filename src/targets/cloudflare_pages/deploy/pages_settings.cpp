#include "targets/cloudflare_pages/deploy/pages_settings.h"

namespace raxol::cloudflare_pages {

namespace {
std::string text(const nlohmann::json& settings, const char* key, const std::string& fallback) {
  auto found = settings.find(key);
  return found != settings.end() && found->is_string() ? found->get<std::string>() : fallback;
}
}  // namespace

Result<PagesSettings> pages_settings(const TargetSpec& spec) {
  PagesSettings settings;
  const auto& json = spec.settings.is_object() ? spec.settings : nlohmann::json::object();
  settings.project = text(json, "project", "");
  settings.directory = text(json, "directory", "");
  settings.production_branch = text(json, "production_branch", settings.production_branch);
  settings.branch = text(json, "branch", "");
  settings.account_id = text(json, "account_id", "");
  settings.ignore_file = text(json, "ignore_file", "");
  for (const auto& [key, value] :
       {std::pair{"project", &settings.project}, std::pair{"directory", &settings.directory}}) {
    if (!value->empty()) continue;
    Error error = make_error(ErrorKind::config, spec.source.to_string() + ": target " + spec.name +
                                                    ": `" + key + "` is required");
    error.notes.push_back("see docs/cloudflare-pages.md");
    return error;
  }
  return settings;
}

}  // namespace raxol::cloudflare_pages
