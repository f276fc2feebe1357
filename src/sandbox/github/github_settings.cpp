#include "sandbox/github/github_settings.h"

namespace raxol::sandbox::github {

GitHubSettings read_github_settings(StateFile& settings) {
  GitHubSettings result;
  settings.read([&](const nlohmann::json& document) {
    if (!document.is_object() || !document.contains("github") || !document["github"].is_object())
      return;
    const auto& github = document["github"];
    if (github.contains("build_ms") && github["build_ms"].is_number_integer())
      result.build_ms = github["build_ms"].get<int>();
    if (github.contains("build_error") && github["build_error"].is_string())
      result.build_error = github["build_error"].get<std::string>();
    if (github.contains("concurrent_pushes") && github["concurrent_pushes"].is_number_integer())
      result.concurrent_pushes = github["concurrent_pushes"].get<int>();
    if (github.contains("concurrent_push_branch") && github["concurrent_push_branch"].is_string())
      result.concurrent_push_branch = github["concurrent_push_branch"].get<std::string>();
    if (github.contains("certificate_ms") && github["certificate_ms"].is_number_integer())
      result.certificate_ms = github["certificate_ms"].get<int>();
    if (github.contains("tokens_without_secrets") && github["tokens_without_secrets"].is_array())
      for (const auto& token : github["tokens_without_secrets"])
        if (token.is_string()) result.tokens_without_secrets.insert(token.get<std::string>());
    if (github.contains("tokens") && github["tokens"].is_object() && !github["tokens"].empty()) {
      result.tokens.clear();
      for (const auto& [token, login] : github["tokens"].items())
        result.tokens[token] = login.is_string() ? login.get<std::string>() : "sandbox-user";
    }
  });
  return result;
}

bool take_concurrent_push(StateFile& settings) {
  bool taken = false;
  settings.update([&](nlohmann::json& document) {
    if (!document.is_object() || !document.contains("github")) return false;
    auto& github = document["github"];
    if (!github.is_object() || !github.contains("concurrent_pushes") ||
        !github["concurrent_pushes"].is_number_integer())
      return false;
    int left = github["concurrent_pushes"].get<int>();
    if (left <= 0) return false;
    github["concurrent_pushes"] = left - 1;
    taken = true;
    return true;
  });
  return taken;
}

}  // namespace raxol::sandbox::github
