// Where GitHub lives and how we authenticate, from the variables GitHub Actions itself sets, so
// that GitHub Enterprise Server and the sandbox are only a change of variables.
#pragma once

#include <string>

#include "raxol/environment.h"

namespace raxol::github_pages {

struct GitHubEndpoints {
  std::string api_base;    // GITHUB_API_URL, default https://api.github.com (GHES: HOST/api/v3)
  std::string server_url;  // GITHUB_SERVER_URL, default https://github.com: owner/name remotes
  std::string token;       // GITHUB_TOKEN, else GH_TOKEN; may be empty (ssh or file remotes)
};

GitHubEndpoints endpoints_from_environment(const Environment& env);

// The Basic credentials git sends for a GitHub token ("x-access-token:<token>", base64).
std::string basic_credentials(const std::string& token);

}  // namespace raxol::github_pages
