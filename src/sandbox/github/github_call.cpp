#include "sandbox/github/github_call.h"

#include <algorithm>

#include "util/base64.h"

namespace raxol::sandbox::github {

std::optional<std::string> authenticated_token(const kit::Call& call,
                                               const GitHubSettings& settings) {
  const std::string header = call.header("Authorization");
  std::vector<std::string> candidates;
  for (std::string_view scheme : {"Bearer ", "bearer ", "token "})
    if (header.rfind(scheme, 0) == 0) candidates.push_back(header.substr(scheme.size()));
  if (header.rfind("Basic ", 0) == 0 || header.rfind("basic ", 0) == 0) {
    const std::string decoded = base64_decode(header.substr(6)).value_or("");
    auto colon = decoded.find(':');
    if (colon != std::string::npos) {
      candidates.push_back(decoded.substr(colon + 1));
      candidates.push_back(decoded.substr(0, colon));
    }
  }
  for (const auto& candidate : candidates)
    if (!candidate.empty() && settings.tokens.count(candidate) != 0) return candidate;
  return std::nullopt;
}

Call::Call(const kit::Call& base, GitHubContext& context_, GitHubSettings settings_,
           std::string token_)
    : kit::Call(base),
      context(context_),
      settings(std::move(settings_)),
      token(std::move(token_)),
      login(token.empty() ? std::string() : settings.tokens.at(token)) {}

std::optional<Pagination> read_pagination(const Call& call) {
  auto per_page = call.query_int("per_page", 30);
  auto page = call.query_int("page", 1);
  if (!per_page || !page) return std::nullopt;
  return Pagination{static_cast<int>(std::clamp<std::int64_t>(*per_page, 1, 100)),
                    static_cast<int>(std::clamp<std::int64_t>(*page, 1, 1'000'000))};
}

namespace {

using Open = std::optional<Call> (*)(kit::Call&, GitHubContext&);

std::optional<Call> open_public_call(kit::Call& base, GitHubContext& context) {
  return Call(base, context, read_github_settings(*context.settings), "");
}

std::optional<Call> open_rest_call(kit::Call& base, GitHubContext& context) {
  GitHubSettings settings = read_github_settings(*context.settings);
  auto token = authenticated_token(base, settings);
  if (token) return Call(base, context, std::move(settings), *token);
  // GitHub's words; the REST envelope on every route, secrets included.
  const bool credentials = !base.header("Authorization").empty();
  base.reply(401, context.envelope.error(
                      401, credentials ? "Bad credentials" : "Requires authentication", 0));
  return std::nullopt;
}

std::optional<Call> open_secrets_call(kit::Call& base, GitHubContext& context) {
  auto call = open_rest_call(base, context);
  if (!call) return call;
  if (call->settings.tokens_without_secrets.count(call->token) != 0) {
    call->error(403, "Resource not accessible by personal access token");
    return std::nullopt;
  }
  if (!std::filesystem::exists(context.git.repo_path(call->owner(), call->repo()) / "HEAD")) {
    call->error(404, "Not Found");
    return std::nullopt;
  }
  return call;
}

// Every git request needs a token (as for a private repository); the repository is made on
// first use.
std::optional<Call> open_git_call(kit::Call& base, GitHubContext& context) {
  Call call(base, context, read_github_settings(*context.settings), "");
  if (call.repo() == "." || call.repo() == "..") {
    call.text(404, "");
    return std::nullopt;
  }
  auto token = authenticated_token(base, call.settings);
  if (!token) {
    call.response.set_header("WWW-Authenticate", "Basic realm=\"GitHub\"");
    call.text(401, "Authentication failed\n");
    return std::nullopt;
  }
  auto created = context.git.ensure_repo(call.owner(), call.repo());
  if (!created.ok()) {
    call.text(500, created.error().message);
    return std::nullopt;
  }
  return Call(base, context, call.settings, *token);
}

Router router_of(httplib::Server& server, GitHubContext& context, const kit::Envelope& envelope,
                 Open open) {
  return Router(kit::Router(server, envelope, context.clock),
                [&context, open](kit::Call& call) { return open(call, context); });
}

}  // namespace

Routers make_routers(httplib::Server& server, GitHubContext& context) {
  return {router_of(server, context, context.envelope, open_rest_call),
          router_of(server, context, context.secrets_envelope, open_secrets_call),
          router_of(server, context, context.envelope, open_git_call),
          router_of(server, context, context.envelope, open_public_call)};
}

}  // namespace raxol::sandbox::github
