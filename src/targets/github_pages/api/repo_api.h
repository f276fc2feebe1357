// One repository's REST calls (https://api.github.com/repos/{owner}/{repo}/...): GitHub's
// headers and token, and its error answers turned into Errors that name the operation, the
// repository, the HTTP status and GitHub's own message. Shared by the Pages and the Actions
// secrets clients.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/http.h"
#include "targets/github_pages/api/github_endpoints.h"
#include "targets/kit/json_api.h"

namespace raxol::github_pages {

class RepoApi {
 public:
  RepoApi(HttpClient& http, GitHubEndpoints endpoints, std::string owner, std::string repo);

  // Sends `method` to /repos/{o}/{r}`path` with `body` (null: none). A 2xx or one of `answers`
  // is returned; any other status is an Error ("GitHub API: <what> (o/r): HTTP 500: <message>")
  // whose notes add `permission_hint` on a 403.
  Result<HttpResponse> call(const std::string& method, const std::string& path,
                            const nlohmann::json& body, const std::string& what,
                            const std::vector<int>& answers, const std::string& permission_hint);

  const std::string& owner() const { return owner_; }
  const std::string& repo() const { return repo_; }
  std::string slug() const { return owner_ + "/" + repo_; }

 private:
  GitHubEndpoints endpoints_;
  JsonApi api_;
  std::string owner_;
  std::string repo_;
};

}  // namespace raxol::github_pages
