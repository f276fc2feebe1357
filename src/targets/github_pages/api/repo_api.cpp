#include "targets/github_pages/api/repo_api.h"

#include "util/json_fields.h"

namespace raxol::github_pages {

namespace {

ErrorPolicy github_policy() {
  ErrorPolicy policy;
  policy.service = "GitHub API";
  policy.read_failure = [](const ApiAnswer& answer) {
    ApiFailure failure;
    failure.message = string_field(answer.body, "message");
    return failure;
  };
  return policy;
}

HttpHeaders credentials(const GitHubEndpoints& endpoints) {
  if (endpoints.token.empty()) return {};
  return {{"Authorization", "Bearer " + endpoints.token}};
}

}  // namespace

RepoApi::RepoApi(HttpClient& http, GitHubEndpoints endpoints, std::string owner, std::string repo)
    : endpoints_(std::move(endpoints)),
      api_(http, github_policy(), credentials(endpoints_),
           {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}}),
      owner_(std::move(owner)),
      repo_(std::move(repo)) {}

Result<HttpResponse> RepoApi::call(const std::string& method, const std::string& path,
                                   const nlohmann::json& body, const std::string& what,
                                   const std::vector<int>& answers,
                                   const std::string& permission_hint) {
  ApiCall call(method, endpoints_.api_base + "/repos/" + owner_ + "/" + repo_ + path,
               what + " (" + slug() + ")");
  if (!body.is_null()) call.body = body.dump();
  call.final_statuses = answers;
  auto answer = api_.send(call);
  if (!answer.ok()) {
    Error error = answer.error();
    if (error.http_status == 401)
      error.notes.push_back("check GITHUB_TOKEN (or GH_TOKEN): GitHub rejected it");
    if (error.http_status == 403 && !permission_hint.empty()) error.notes.push_back(permission_hint);
    return error;
  }
  return HttpResponse{answer->status, std::move(answer->headers), std::move(answer->raw)};
}

}  // namespace raxol::github_pages
