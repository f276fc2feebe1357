#include "sandbox/fly/fly_settings.h"

namespace raxol::sandbox::fly {

namespace {

void read_int(const nlohmann::json& fly, const char* key, int& value) {
  if (fly.contains(key) && fly[key].is_number_integer()) value = fly[key].get<int>();
}

void read_globs(const nlohmann::json& fly, const char* key, std::vector<std::string>& globs) {
  if (!fly.contains(key)) return;
  const auto& value = fly[key];
  if (value.is_string()) {
    globs = {value.get<std::string>()};
  } else if (value.is_array()) {
    globs.clear();
    for (const auto& item : value)
      if (item.is_string()) globs.push_back(item.get<std::string>());
  }
}

}  // namespace

bool glob_matches(std::string_view glob, std::string_view text) {
  // Iterative matching with one backtrack point: linear enough for image names.
  size_t g = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (g < glob.size() && (glob[g] == '?' || glob[g] == text[t])) {
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

bool matches_any(const std::vector<std::string>& globs, std::string_view text) {
  for (const auto& glob : globs)
    if (glob_matches(glob, text)) return true;
  return false;
}

FlySettings read_fly_settings(StateFile& settings) {
  FlySettings result;
  settings.read([&](const nlohmann::json& document) {
    if (!document.is_object() || !document.contains("fly") || !document["fly"].is_object()) return;
    const auto& fly = document["fly"];
    read_int(fly, "start_ms", result.start_ms);
    read_int(fly, "stop_ms", result.stop_ms);
    read_int(fly, "check_ms", result.check_ms);
    read_int(fly, "crash_ms", result.crash_ms);
    read_int(fly, "release_command_ms", result.release_command_ms);
    read_int(fly, "release_command_exit_code", result.release_command_exit_code);
    read_int(fly, "cert_issue_ms", result.cert_issue_ms);
    read_int(fly, "default_lease_ttl", result.default_lease_ttl);
    if (fly.contains("exec_exit_code") && fly["exec_exit_code"].is_number_integer())
      result.exec_exit_code = fly["exec_exit_code"].get<int>();
    if (fly.contains("default_region") && fly["default_region"].is_string())
      result.default_region = fly["default_region"].get<std::string>();
    read_globs(fly, "failing_check_images", result.failing_check_images);
    read_globs(fly, "never_start_images", result.never_start_images);
    read_globs(fly, "crash_images", result.crash_images);
    read_globs(fly, "release_fail_images", result.release_fail_images);
    read_globs(fly, "launch_fail_images", result.launch_fail_images);
    if (fly.contains("tokens") && fly["tokens"].is_object() && !fly["tokens"].empty()) {
      result.tokens.clear();
      for (const auto& [token, owner] : fly["tokens"].items())
        result.tokens[token] = owner.is_string() ? owner.get<std::string>() : "you@sandbox.local";
    }
  });
  return result;
}

}  // namespace raxol::sandbox::fly
