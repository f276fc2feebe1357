// What the GitHub emulator's routes share: the state, the git backend, authentication with
// GitHub's own answers, and the error envelope {"message", "documentation_url"}.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "sandbox/emulator.h"
#include "sandbox/github/actions_secrets.h"
#include "sandbox/github/git_backend.h"
#include "sandbox/github/github_settings.h"
#include "sandbox/github/pages_state.h"

namespace raxol::sandbox::github {

struct GitHubContext {
  explicit GitHubContext(const EmulatorEnvironment& environment)
      : pages(environment.state_dir / "github.json"),
        git(environment.state_dir / "github" / "repos"),
        secrets(environment.state_dir / "github-secrets.json"),
        settings(environment.settings),
        base_url(environment.base_url) {}

  PagesState pages;
  GitBackend git;
  ActionsSecrets secrets;
  StateFile* settings;
  std::string base_url;
  std::string api_base() const { return base_url + "/api/v3"; }
};

// The login of the request's token: "Authorization: Bearer|token <t>", or Basic credentials
// whose password (or, failing that, user name) is a token, as git sends them.
std::optional<std::string> authenticate(const httplib::Request& request,
                                        const GitHubSettings& settings);
// The accepted token itself (for per-token knobs such as tokens_without_secrets).
std::optional<std::string> authenticated_token(const httplib::Request& request,
                                               const GitHubSettings& settings);
// Whether the request carries any credentials at all.
bool has_credentials(const httplib::Request& request);

// The REST request's token, or nullopt after answering 401 as GitHub does ("Bad credentials"
// for an unknown token, "Requires authentication" for none).
std::optional<std::string> rest_token_or_401(const httplib::Request& request,
                                             httplib::Response& response,
                                             const GitHubSettings& settings);

// GitHub's ?per_page (default 30, clamped to 1..100) and ?page (from 1) of a list request;
// nullopt when either is not a number (the caller answers 400 "Invalid pagination").
struct Pagination {
  int per_page = 30;
  int page = 1;
};
std::optional<Pagination> read_pagination(const httplib::Request& request);

void write_github_error(httplib::Response& response, int status, const std::string& message);

void register_git_routes(httplib::Server& server, GitHubContext& context);
void register_secrets_routes(httplib::Server& server, GitHubContext& context);
// Last: it also answers every other /api/v3 path with GitHub's 404.
void register_pages_routes(httplib::Server& server, GitHubContext& context);

}  // namespace raxol::sandbox::github
