#include "targets/github_pages/api/pages_client.h"

#include "util/json_fields.h"

namespace raxol::github_pages {

namespace {

constexpr const char* kPagesPermission =
    "the token needs `pages: write` (and `administration: write` to enable Pages), or the "
    "classic `repo` scope";

}  // namespace

PagesSite parse_site(const nlohmann::json& json) {
  PagesSite site;
  site.status = string_field(json, "status");
  site.cname = string_field(json, "cname");
  site.html_url = string_field(json, "html_url");
  site.build_type = string_field(json, "build_type");
  if (json.contains("source") && json["source"].is_object()) {
    site.source_branch = string_field(json["source"], "branch");
    site.source_path = string_field(json["source"], "path");
  }
  site.https_enforced = json.is_object() && json.value("https_enforced", false);
  if (json.is_object() && json.contains("https_certificate") &&
      json["https_certificate"].is_object()) {
    const auto& certificate = json["https_certificate"];
    site.certificate.state = string_field(certificate, "state");
    site.certificate.description = string_field(certificate, "description");
    site.certificate.expires_at = string_field(certificate, "expires_at");
    if (certificate.contains("domains") && certificate["domains"].is_array())
      for (const auto& domain : certificate["domains"])
        if (domain.is_string()) site.certificate.domains.push_back(domain.get<std::string>());
  }
  return site;
}

PagesBuild parse_build(const nlohmann::json& json) {
  PagesBuild build;
  build.url = string_field(json, "url");
  build.status = string_field(json, "status");
  build.commit = string_field(json, "commit");
  build.created_at = string_field(json, "created_at");
  if (json.contains("error") && json["error"].is_object())
    build.error_message = string_field(json["error"], "message");
  if (json.contains("duration") && json["duration"].is_number())
    build.duration_ms = json["duration"].get<long long>();
  return build;
}

PagesClient::PagesClient(HttpClient& http, GitHubEndpoints endpoints, std::string owner,
                         std::string repo)
    : api_(http, std::move(endpoints), std::move(owner), std::move(repo)) {}

Result<HttpResponse> PagesClient::call(const std::string& method, const std::string& path,
                                       const nlohmann::json& body, const std::string& what,
                                       const std::vector<int>& answers) {
  return api_.call(method, path, body, what, answers, kPagesPermission);
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
