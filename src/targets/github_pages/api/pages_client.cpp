#include "targets/github_pages/api/pages_client.h"

namespace raxol::github_pages {

namespace {

std::string string_or_empty(const nlohmann::json& json, const char* key) {
  if (!json.is_object() || !json.contains(key) || !json[key].is_string()) return {};
  return json[key].get<std::string>();
}

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

PagesSite parse_site(const nlohmann::json& json) {
  PagesSite site;
  site.status = string_or_empty(json, "status");
  site.cname = string_or_empty(json, "cname");
  site.html_url = string_or_empty(json, "html_url");
  site.build_type = string_or_empty(json, "build_type");
  if (json.contains("source") && json["source"].is_object()) {
    site.source_branch = string_or_empty(json["source"], "branch");
    site.source_path = string_or_empty(json["source"], "path");
  }
  site.https_enforced = json.is_object() && json.value("https_enforced", false);
  return site;
}

PagesBuild parse_build(const nlohmann::json& json) {
  PagesBuild build;
  build.url = string_or_empty(json, "url");
  build.status = string_or_empty(json, "status");
  build.commit = string_or_empty(json, "commit");
  build.created_at = string_or_empty(json, "created_at");
  if (json.contains("error") && json["error"].is_object())
    build.error_message = string_or_empty(json["error"], "message");
  if (json.contains("duration") && json["duration"].is_number())
    build.duration_ms = json["duration"].get<long long>();
  return build;
}

PagesClient::PagesClient(HttpClient& http, GitHubEndpoints endpoints, std::string owner,
                         std::string repo)
    : http_(http),
      endpoints_(std::move(endpoints)),
      owner_(std::move(owner)),
      repo_(std::move(repo)) {}

Result<HttpResponse> PagesClient::call(const std::string& method, const std::string& path,
                                       const nlohmann::json& body, const std::string& what,
                                       const std::vector<int>& answers) {
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
  std::string message = string_or_empty(parsed, "message");
  Error error =
      make_error(kind_for_status(response.status), what + " (" + owner_ + "/" + repo_ + "): HTTP " +
                                                       std::to_string(response.status) +
                                                       (message.empty() ? "" : ": " + message));
  error.http_status = response.status;
  if (response.status == 401)
    error.notes.push_back("check GITHUB_TOKEN (or GH_TOKEN): GitHub rejected it");
  if (response.status == 403)
    error.notes.push_back(
        "the token needs `pages: write` (and `administration: write` to "
        "enable Pages), or the classic `repo` scope");
  return error;
}

Result<std::optional<PagesSite>> PagesClient::get_site() {
  RAXOL_ASSIGN_OR_RETURN(HttpResponse response,
                         call("GET", "/pages", nullptr, "read the Pages site", {404}));
  if (response.status == 404) return std::optional<PagesSite>();
  return std::optional<PagesSite>(parse_site(nlohmann::json::parse(response.body, nullptr, false)));
}

Result<PagesSite> PagesClient::create_site(const std::string& branch, const std::string& path) {
  nlohmann::json body = {{"build_type", "legacy"},
                         {"source", {{"branch", branch}, {"path", path}}}};
  RAXOL_ASSIGN_OR_RETURN(HttpResponse response,
                         call("POST", "/pages", body, "enable GitHub Pages", {}));
  return parse_site(nlohmann::json::parse(response.body, nullptr, false));
}

Status PagesClient::update_site(const nlohmann::json& changes) {
  RAXOL_TRY(call("PUT", "/pages", changes, "update the Pages site", {}));
  return {};
}

Result<std::optional<PagesBuild>> PagesClient::latest_build() {
  RAXOL_ASSIGN_OR_RETURN(HttpResponse response, call("GET", "/pages/builds/latest", nullptr,
                                                     "read the latest Pages build", {404}));
  if (response.status == 404) return std::optional<PagesBuild>();
  return std::optional<PagesBuild>(
      parse_build(nlohmann::json::parse(response.body, nullptr, false)));
}

Result<std::vector<PagesBuild>> PagesClient::list_builds(int per_page) {
  RAXOL_ASSIGN_OR_RETURN(HttpResponse response,
                         call("GET", "/pages/builds?per_page=" + std::to_string(per_page), nullptr,
                              "list Pages builds", {}));
  std::vector<PagesBuild> builds;
  auto parsed = nlohmann::json::parse(response.body, nullptr, false);
  if (parsed.is_array())
    for (const auto& item : parsed) builds.push_back(parse_build(item));
  return builds;
}

}  // namespace raxol::github_pages
