#include "sandbox/github/github_emulator.h"

#include <memory>

#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

namespace {

// /api/v3/... and /<owner>/<repo>.git[/...].
bool serves(std::string_view path) {
  if (path.rfind("/api/v3/", 0) == 0) return true;
  if (path.size() < 2 || path[0] != '/') return false;
  auto second = path.find('/', 1);
  if (second == std::string_view::npos || second == 1) return false;
  auto third = path.find('/', second + 1);
  std::string_view repo = path.substr(
      second + 1, third == std::string_view::npos ? std::string_view::npos : third - second - 1);
  return repo.size() > 4 && repo.substr(repo.size() - 4) == ".git";
}

void register_routes(httplib::Server& server, GitHubContext& context) {
  Routers routers = make_routers(server, context);
  register_git_routes(routers.git);
  register_secrets_routes(routers.secrets, routers.open);
  register_pages_routes(routers.rest, routers.open);
}

void export_environment(std::map<std::string, std::string>& env, const GitHubContext& context) {
  env["GITHUB_API_URL"] = context.api_base();
  env["GITHUB_SERVER_URL"] = context.base_url;
  GitHubSettings settings = read_github_settings(*context.settings);
  env["GITHUB_TOKEN"] = settings.tokens.count("sandbox-github-token") != 0
                            ? "sandbox-github-token"
                            : settings.tokens.begin()->first;
}

}  // namespace

Emulator make_github_emulator(const EmulatorEnvironment& environment) {
  auto context = std::make_shared<GitHubContext>(environment);
  return {"github", &context->envelope, serves,
          [context](httplib::Server& server) { register_routes(server, *context); },
          [context](auto& env) { export_environment(env, *context); }};
}

}  // namespace raxol::sandbox::github
