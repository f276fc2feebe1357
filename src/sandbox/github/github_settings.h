// The knobs of the GitHub emulator, read from STATE/settings.json under "github" on every
// request (kit/settings_reader.h), so that a test or a person can change them while the
// sandbox runs.
#pragma once

#include <map>
#include <set>
#include <string>

#include "sandbox/state_file.h"

namespace raxol::sandbox::github {

struct GitHubSettings {
  int build_ms = 1000;      // a Pages build: queued for the first third, then building, then done
  std::string build_error;  // non-empty: builds created from now on end "errored" with this text
  // The next N pushes race a "concurrent publisher": just before the push starts, a commit
  // adding concurrent/<n>.txt lands on `concurrent_push_branch`, so the push is rejected
  // ("fetch first") as when two CI jobs publish at once.
  int concurrent_pushes = 0;
  std::string concurrent_push_branch = "gh-pages";
  // Accepted tokens and the login of their owner (pusher, REMOTE_USER).
  std::map<std::string, std::string> tokens = {{"sandbox-github-token", "sandbox-user"}};
  // A custom domain's certificate walks new -> authorization_created (halfway) -> approved
  // this long after the domain is set.
  int certificate_ms = 1500;
  // Tokens that may push and manage Pages but not Actions secrets (403, as a token without
  // the `secrets` permission gets).
  std::set<std::string> tokens_without_secrets;
};

// The defaults overlaid with settings["github"]; malformed values keep their default.
GitHubSettings read_github_settings(StateFile& settings);

// Takes one of the pending concurrent pushes (decrementing the counter); false when none.
bool take_concurrent_push(StateFile& settings);

}  // namespace raxol::sandbox::github
