#include "targets/github_pages/api/repo_api.h"

namespace raxol::github_pages {

namespace {

ErrorKind kind_for_status(int status) {
  switch (status) {
    case 401:
    case 403:
      return ErrorKind::auth;
    case 404:
      return ErrorKind::not_found;
    case 409:
      return ErrorKind::conflict;
    default:
      return ErrorKind::api;
  }
}

}  // namespace

std::string json_string(const nlohmann::json& json, const char* key) {
  if (!json.is_object() || !json.contains(key) || !json[key].is_string()) return {};
  return json[key].get<std::string>();
}

RepoApi::RepoApi(HttpClient& http, GitHubEndpoints endpoints, std::string owner, std::string repo)
    : http_(http),
      endpoints_(std::move(endpoints)),
      owner_(std::move(owner)),
      repo_(std::move(repo)) {}

Result<HttpResponse> RepoApi::call(const std::string& method, const std::string& path,
                                   const nlohmann::json& body, const std::string& what,
                                   const std::vector<int>& answers,
                                   const std::string& permission_hint) {
  HttpRequest request(method, endpoints_.api_base + "/repos/" + owner_ + "/" + repo_ + path);
  request.headers = {{"Accept", "application/vnd.github+json"},
                     {"X-GitHub-Api-Version", "2022-11-28"}};
  if (!endpoints_.token.empty())
    request.headers.emplace_back("Authorization", "Bearer " + endpoints_.token);
  if (!body.is_null()) {
    request.body = body.dump();
    request.headers.emplace_back("Content-Type", "application/json");
  }
  request.final_statuses = answers;
  RAXOL_ASSIGN_OR_RETURN(HttpResponse response, http_.send(request));
  if (response.success()) return response;
  for (int answer : answers)
    if (response.status == answer) return response;
  auto parsed = nlohmann::json::parse(response.body, nullptr, false);
  std::string message = json_string(parsed, "message");
  // GitHub's 422 messages are "Invalid request.\n\n<why>": keep the error on one line.
  for (auto& c : message)
    if (c == '\n') c = ' ';
  while (message.find("  ") != std::string::npos) message.replace(message.find("  "), 2, " ");
  Error error = make_error(kind_for_status(response.status),
                           what + " (" + slug() + "): HTTP " + std::to_string(response.status) +
                               (message.empty() ? "" : ": " + message));
  error.http_status = response.status;
  if (response.status == 401)
    error.notes.push_back("check GITHUB_TOKEN (or GH_TOKEN): GitHub rejected it");
  if (response.status == 403 && !permission_hint.empty()) error.notes.push_back(permission_hint);
  return error;
}

}  // namespace raxol::github_pages
