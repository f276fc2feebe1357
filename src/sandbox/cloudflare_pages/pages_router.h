// The plumbing every Cloudflare route shares: the v4 envelope, the two kinds of credentials
// (API token or X-Auth-Key for /accounts/..., upload JWT for /pages/assets/...), the settings
// of this request, and access to the state. Route files register handlers taking one Call.
#pragma once

#include <httplib.h>

#include <functional>
#include <memory>
#include <string>

#include "sandbox/cloudflare_pages/asset_store.h"
#include "sandbox/cloudflare_pages/pages_settings.h"
#include "sandbox/cloudflare_pages/pages_state.h"
#include "sandbox/cloudflare_pages/site_files.h"

namespace raxol::sandbox::cloudflare_pages {

inline const std::string kApiPrefix = "/client/v4";
inline const std::string kSitesPrefix = "/_sandbox/sites/";

// Error codes the emulator answers with (protocol notes §1.3; the rest are its own choices,
// documented in docs/cloudflare-pages.md).
inline constexpr int kAuthError = 10000;
inline constexpr int kNoRoute = 7003;
inline constexpr int kValidation = 8000010;
inline constexpr int kProjectExists = 8000002;
inline constexpr int kProjectNotFound = 8000007;
inline constexpr int kDeploymentNotFound = 8000009;
inline constexpr int kBadUploadJwt = 8000013;
inline constexpr int kManifestInvalid = 8000096;
inline constexpr int kRollbackRefused = 8000035;
// Custom domains: 8000018 (already added), 8000015 (invalid name) and 8000028 (project still
// has domains) are the service's, as clients handle them; 8000022 (unknown domain) is ours.
inline constexpr int kDomainInvalid = 8000015;
inline constexpr int kDomainExists = 8000018;
inline constexpr int kDomainNotFound = 8000022;
inline constexpr int kDomainsRemain = 8000028;

struct PagesContext {
  PagesContext(const std::filesystem::path& state_dir, StateFile* settings_file, std::string url);
  PagesState state;
  std::filesystem::path data_dir;  // STATE/cloudflare-pages
  AssetStore assets;
  SiteFiles sites;
  StateFile* settings;
  std::string base_url;
};

enum class Auth { api_token, upload_jwt, none };

class Call {
 public:
  Call(const httplib::Request& request, httplib::Response& response, PagesContext& context,
       PagesEmulatorSettings settings);

  const httplib::Request& request;
  httplib::Response& response;
  PagesContext& context;
  const PagesEmulatorSettings settings;
  std::int64_t now;
  std::string jwt_project;  // the project_name claim of the upload JWT (asset routes)

  std::string path_param(size_t index) const;
  std::string query(const std::string& name, const std::string& fallback = "") const;

  // {"success": true, "errors": [], "messages": [], "result": result[, "result_info"]}
  void ok(const json& result, int status = 200, const json& result_info = nullptr);
  // {"success": false, "errors": [{code, message}], "messages": [], "result": null}
  void fail(int status, int code, const std::string& message);
  // The account of the path (capture 1) when it is the sandbox's; otherwise answers and
  // returns false.
  bool check_account();
};

using RouteHandler = std::function<void(Call&)>;

class Router {
 public:
  Router(httplib::Server& server, PagesContext& context) : server_(server), context_(context) {}
  void get(const std::string& pattern, Auth auth, RouteHandler handler);
  void post(const std::string& pattern, Auth auth, RouteHandler handler);
  void patch(const std::string& pattern, Auth auth, RouteHandler handler);
  void del(const std::string& pattern, Auth auth, RouteHandler handler);

 private:
  httplib::Server::Handler wrap(Auth auth, RouteHandler handler);
  httplib::Server& server_;
  PagesContext& context_;
};

// Writes the envelope of an error (also used for injected faults).
void write_envelope_error(httplib::Response& response, int status, int code,
                          const std::string& message);

// Route patterns: capture 1 is the account id, capture 2 the project, capture 3 a deployment.
inline const std::string kAccountPattern = kApiPrefix + "/accounts/([^/]+)";
inline const std::string kProjectsPattern = kAccountPattern + "/pages/projects";
inline const std::string kProjectPattern = kProjectsPattern + "/([^/]+)";
inline const std::string kDeploymentPattern = kProjectPattern + "/deployments/([^/]+)";
inline const std::string kDomainsPattern = kProjectPattern + "/domains";  // capture 3: the domain

}  // namespace raxol::sandbox::cloudflare_pages
