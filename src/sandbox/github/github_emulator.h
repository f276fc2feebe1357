// The GitHub emulator: git smart HTTP at /<owner>/<repo>.git/... served by the real
// `git http-backend` from bare repositories in STATE/github/repos/, and the Pages REST subset
// under /api/v3/ (GitHub Enterprise Server's layout), whose builds are started by pushes to a
// site's source branch and finish after settings.github.build_ms. State: STATE/github.json.
#pragma once

#include <memory>

#include "sandbox/emulator.h"
#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

class GitHubEmulator : public Emulator {
 public:
  explicit GitHubEmulator(const EmulatorEnvironment& environment);

  std::string name() const override { return "github"; }
  bool serves(std::string_view path) const override;
  void register_routes(httplib::Server& server) override;
  // GITHUB_API_URL (<base>/api/v3), GITHUB_SERVER_URL (<base>: owner/name -> <base>/owner/
  // name.git, as on github.com) and GITHUB_TOKEN.
  void export_environment(std::map<std::string, std::string>& env) const override;
  // GitHub's envelope: {"message", "documentation_url"}.
  void write_error(httplib::Response& response, int status,
                   const std::string& message) const override;

 private:
  std::unique_ptr<GitHubContext> context_;
};

}  // namespace raxol::sandbox::github
