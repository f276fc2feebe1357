// What every GitHub route gets on top of the kit's Call: the settings of this request, the
// accepted token and its login, the repository of the path, and the state. Routes are entered
// four ways, one router each: REST with a token (401 "Requires authentication" / "Bad
// credentials"), Actions secrets (also 403 for tokens without the permission, 404 for a
// repository that does not exist), git smart HTTP (401 with a Basic challenge, so that git
// asks its credential helper) and open (GitHub's 404 for unknown paths, sandbox admin).
#pragma once

#include <optional>
#include <string>

#include "sandbox/emulator.h"
#include "sandbox/github/actions_secrets.h"
#include "sandbox/github/git_backend.h"
#include "sandbox/github/github_settings.h"
#include "sandbox/github/pages_state.h"
#include "sandbox/kit/router.h"

namespace raxol::sandbox::github {

struct GitHubContext {
  explicit GitHubContext(const EmulatorEnvironment& environment)
      : pages(environment.state_dir / "github.json"),
        git(environment.state_dir / "github" / "repos"),
        secrets(environment.state_dir / "github-secrets.json"),
        settings(environment.settings),
        base_url(environment.base_url),
        clock(*environment.clock) {}

  PagesState pages;
  GitBackend git;
  ActionsSecrets secrets;
  StateFile* settings;
  std::string base_url;
  Clock& clock;
  kit::GitHubEnvelope envelope;  // REST errors, faults and unknown paths
  kit::GitHubEnvelope secrets_envelope{"https://docs.github.com/rest/actions/secrets"};
  std::string api_base() const { return base_url + "/api/v3"; }
};

// The accepted token of the request: "Authorization: Bearer|token <t>", or Basic credentials
// whose password (or, failing that, user name) is a token, as git sends them.
std::optional<std::string> authenticated_token(const kit::Call& call,
                                               const GitHubSettings& settings);

class Call : public kit::Call {
 public:
  Call(const kit::Call& base, GitHubContext& context, GitHubSettings settings, std::string token);

  GitHubContext& context;
  const GitHubSettings settings;
  const std::string token;  // the accepted token ("" on open routes)
  const std::string login;  // its owner's login

  // The repository of /repos/{owner}/{repo}/... and /{owner}/{repo}.git/... (captures 1, 2).
  std::string owner() const { return path_param(1); }
  std::string repo() const { return path_param(2); }
  std::string slug() const { return owner() + "/" + repo(); }
};

using Router = kit::ServiceRouter<Call>;

struct Routers {
  Router rest;
  Router secrets;
  Router git;
  Router open;
};
Routers make_routers(httplib::Server& server, GitHubContext& context);

// GitHub's ?per_page (default 30, clamped to 1..100) and ?page (from 1) of a list request;
// nullopt when either is not a number (the caller answers 400 "Invalid pagination").
struct Pagination {
  int per_page = 30;
  int page = 1;
};
std::optional<Pagination> read_pagination(const Call& call);

}  // namespace raxol::sandbox::github
