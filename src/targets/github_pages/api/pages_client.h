// The GitHub Pages REST API (docs.github.com/en/rest/pages): the only code that knows its paths
// and JSON. Base URL from GITHUB_API_URL, so GHES (HOST/api/v3) and the sandbox work unchanged.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/http.h"
#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/api/repo_api.h"

namespace raxol::github_pages {

// "https_certificate" of a site with a custom domain (state "" when GitHub gave none).
struct PagesCertificate {
  std::string state;  // new | authorization_created | ... | approved | errored | ...
  std::string description;
  std::vector<std::string> domains;
  std::string expires_at;  // a date, once issued
  bool approved() const { return state == "approved" || state == "issued"; }
};

struct PagesSite {
  std::string status;  // built | building | errored | "" (null)
  std::string cname;   // "" when none
  std::string html_url;
  std::string build_type;  // legacy | workflow | ""
  std::string source_branch;
  std::string source_path;  // "/" or "/docs"
  bool https_enforced = false;
  PagesCertificate certificate;
};

struct PagesBuild {
  std::string url;
  std::string status;  // queued | building | built | errored
  std::string commit;
  std::string error_message;
  std::string created_at;
  long long duration_ms = 0;
};

// The fields of PUT /pages that differ from the site; an empty object: nothing to change.
struct SiteChanges {
  nlohmann::json body = nlohmann::json::object();
  std::vector<std::string> descriptions;  // "source main:/docs -> gh-pages:/"
  bool empty() const { return body.empty(); }
};

class PagesClient {
 public:
  PagesClient(HttpClient& http, GitHubEndpoints endpoints, std::string owner, std::string repo);

  // The site, or nullopt when Pages is not enabled (404).
  Result<std::optional<PagesSite>> get_site();
  // Enables Pages publishing `branch` at `path` (POST; 409 when it exists is a conflict).
  Result<PagesSite> create_site(const std::string& branch, const std::string& path);
  // PUT /pages (204).
  Status update_site(const nlohmann::json& changes);
  // The newest build, or nullopt when there is none yet (404).
  Result<std::optional<PagesBuild>> latest_build();
  Result<std::vector<PagesBuild>> list_builds(int per_page);

  const std::string& owner() const { return api_.owner(); }
  const std::string& repo() const { return api_.repo(); }

 private:
  Result<HttpResponse> call(const std::string& method, const std::string& path,
                            const nlohmann::json& body, const std::string& what,
                            const std::vector<int>& answers);

  RepoApi api_;
};

PagesSite parse_site(const nlohmann::json& json);
PagesBuild parse_build(const nlohmann::json& json);

}  // namespace raxol::github_pages
