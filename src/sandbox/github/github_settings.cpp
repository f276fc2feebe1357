#include "sandbox/github/github_settings.h"

#include "sandbox/kit/settings_reader.h"

namespace raxol::sandbox::github {

namespace {

using S = GitHubSettings;

const kit::Knobs<S> kKnobs = {
    .integers = {{"build_ms", &S::build_ms},
                 {"concurrent_pushes", &S::concurrent_pushes},
                 {"certificate_ms", &S::certificate_ms}},
    .strings = {{"build_error", &S::build_error},
                {"concurrent_push_branch", &S::concurrent_push_branch}},
    .string_sets = {{"tokens_without_secrets", &S::tokens_without_secrets}},
    .maps = {{"tokens", &S::tokens, "sandbox-user"}},
};

}  // namespace

GitHubSettings read_github_settings(StateFile& settings) {
  return kit::read_knobs(settings, "github", kKnobs);
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
