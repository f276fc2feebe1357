#include "targets/github_pages/pages_settings.h"

#include <nlohmann/json.hpp>

namespace raxol::github_pages {

namespace {

Error setting_error(const TargetSpec& spec, const std::string& key, const std::string& problem) {
  return make_error(ErrorKind::config, spec.source.to_string() + ": targets." + spec.name + "." +
                                           key + ": " + problem);
}

// Discovered values may still be expressions (`${{ inputs.dir }}`): those are unusable here.
Status read_string(const TargetSpec& spec, const char* key, std::string& out) {
  if (!spec.settings.contains(key) || spec.settings[key].is_null()) return {};
  const auto& value = spec.settings[key];
  if (!value.is_string()) return setting_error(spec, key, "expected a string");
  out = value.get<std::string>();
  if (out.find("${{") != std::string::npos)
    return setting_error(spec, key,
                         "is a workflow expression (" + out + "); set it in raxol-deploy.toml");
  return {};
}

Status read_bool(const TargetSpec& spec, const char* key, bool& out) {
  if (!spec.settings.contains(key) || spec.settings[key].is_null()) return {};
  const auto& value = spec.settings[key];
  if (!value.is_boolean()) return setting_error(spec, key, "expected a boolean");
  out = value.get<bool>();
  return {};
}

}  // namespace

std::optional<std::string> normalize_destination(const std::string& path) {
  if (!path.empty() && path.front() == '/') {
    if (path.find_first_not_of('/') == std::string::npos) return std::string();
    return std::nullopt;
  }
  std::string result;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") return std::nullopt;
    if (!part.empty() && part != ".") result += (result.empty() ? "" : "/") + part;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return result;
}

Result<PagesSettings> read_pages_settings(const TargetSpec& spec) {
  PagesSettings settings;
  RAXOL_TRY(read_string(spec, "directory", settings.directory));
  if (settings.directory.empty()) return setting_error(spec, "directory", "is required");
  std::string destination;
  RAXOL_TRY(read_string(spec, "destination_dir", destination));
  auto normalized = normalize_destination(destination);
  if (!normalized)
    return setting_error(
        spec, "destination_dir",
        "must be a path inside the branch (relative, no '..'), found \"" + destination + "\"");
  settings.destination_dir = *normalized;
  RAXOL_TRY(read_string(spec, "branch", settings.branch));
  if (settings.branch.empty()) settings.branch = "gh-pages";
  RAXOL_TRY(read_string(spec, "repository", settings.repository));
  RAXOL_TRY(read_string(spec, "cname", settings.cname));
  RAXOL_TRY(read_bool(spec, "keep_files", settings.keep_files));
  RAXOL_TRY(read_bool(spec, "nojekyll", settings.nojekyll));
  RAXOL_TRY(read_string(spec, "message", settings.message));
  RAXOL_TRY(read_string(spec, "author", settings.author));
  RAXOL_TRY(read_bool(spec, "wait", settings.wait));
  if (spec.settings.contains("https_enforced") && !spec.settings["https_enforced"].is_null()) {
    bool enforced = false;
    RAXOL_TRY(read_bool(spec, "https_enforced", enforced));
    settings.https_enforced = enforced;
  }
  if (spec.settings.contains("exclude") && !spec.settings["exclude"].is_null()) {
    const auto& list = spec.settings["exclude"];
    if (!list.is_array()) return setting_error(spec, "exclude", "expected an array of strings");
    for (const auto& item : list) {
      if (!item.is_string()) return setting_error(spec, "exclude", "expected an array of strings");
      settings.exclude.push_back(item.get<std::string>());
    }
  }
  if (!settings.author.empty() &&
      (settings.author.find('<') == std::string::npos || settings.author.back() != '>'))
    return setting_error(spec, "author",
                         "expected \"Name <email>\", found \"" + settings.author + "\"");
  return settings;
}

}  // namespace raxol::github_pages
