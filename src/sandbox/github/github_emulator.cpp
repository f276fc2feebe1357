#include "sandbox/github/github_emulator.h"

namespace raxol::sandbox::github {

GitHubEmulator::GitHubEmulator(const EmulatorEnvironment& environment)
    : context_(std::make_unique<GitHubContext>(environment)) {}

bool GitHubEmulator::serves(std::string_view path) const {
  if (path.rfind("/api/v3/", 0) == 0) return true;
  // /<owner>/<repo>.git[/...]
  if (path.size() < 2 || path[0] != '/') return false;
  auto second = path.find('/', 1);
  if (second == std::string_view::npos || second == 1) return false;
  auto third = path.find('/', second + 1);
  std::string_view repo = path.substr(
      second + 1, third == std::string_view::npos ? std::string_view::npos : third - second - 1);
  return repo.size() > 4 && repo.substr(repo.size() - 4) == ".git";
}

void GitHubEmulator::register_routes(httplib::Server& server) {
  register_git_routes(server, *context_);
  register_secrets_routes(server, *context_);
  register_pages_routes(server, *context_);
}

void GitHubEmulator::export_environment(std::map<std::string, std::string>& env) const {
  env["GITHUB_API_URL"] = context_->api_base();
  env["GITHUB_SERVER_URL"] = context_->base_url;
  GitHubSettings settings = read_github_settings(*context_->settings);
  env["GITHUB_TOKEN"] = settings.tokens.count("sandbox-github-token") != 0
                            ? "sandbox-github-token"
                            : settings.tokens.begin()->first;
}

void GitHubEmulator::write_error(httplib::Response& response, int status,
                                 const std::string& message) const {
  write_github_error(response, status, message);
}

}  // namespace raxol::sandbox::github
