// Where GitHub lives and which token is used, from the variables GitHub Actions sets, and the
// Basic credentials git sends for a token (checked against libsodium's base64).
#include "targets/github_pages/api/github_endpoints.h"

#include <catch2/catch.hpp>

#include "util/base64.h"

using namespace raxol;
using namespace raxol::github_pages;

TEST_CASE("gh-pages endpoints: defaults - GHES variables and the token's two names",
          "[gh-pages][endpoints]") {
  OverlayEnvironment none(nullptr);
  GitHubEndpoints defaults = endpoints_from_environment(none);
  CHECK(defaults.api_base == "https://api.github.com");
  CHECK(defaults.server_url == "https://github.com");
  CHECK(defaults.token.empty());

  OverlayEnvironment ghes(nullptr);
  ghes.set("GITHUB_API_URL", "https://ghe.example.com/api/v3/");
  ghes.set("GITHUB_SERVER_URL", "https://ghe.example.com//");
  ghes.set("GH_TOKEN", "gh-token");
  GitHubEndpoints enterprise = endpoints_from_environment(ghes);
  CHECK(enterprise.api_base == "https://ghe.example.com/api/v3");
  CHECK(enterprise.server_url == "https://ghe.example.com");
  CHECK(enterprise.token == "gh-token");
  ghes.set("GITHUB_TOKEN", "actions-token");
  CHECK(endpoints_from_environment(ghes).token == "actions-token");  // GITHUB_TOKEN wins
  ghes.set("GITHUB_TOKEN", "");
  CHECK(endpoints_from_environment(ghes).token == "gh-token");  // an empty one does not count
}

TEST_CASE("gh-pages endpoints: Basic credentials are x-access-token:TOKEN in base64",
          "[gh-pages][endpoints]") {
  CHECK(basic_credentials("abc") == "eC1hY2Nlc3MtdG9rZW46YWJj");
  // A token of GitHub's length, built here so that no token-shaped literal is committed.
  const std::string long_token = "ghp_" + std::string(36, 'x');
  for (const std::string& token : {std::string(), std::string("a"), std::string("ab"), long_token,
                                   std::string("\xff\xfe token with bytes")})
    CHECK(basic_credentials(token) == base64_encode("x-access-token:" + token));
}
