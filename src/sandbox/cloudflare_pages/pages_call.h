// What every Cloudflare route gets on top of the kit's Call: the settings of this request and
// the state. Routes are entered three ways, one router each: with an API token or X-Auth-Key
// (/accounts/...), with an upload JWT (/pages/assets/...), or open (the served sites).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "sandbox/cloudflare_pages/asset_store.h"
#include "sandbox/cloudflare_pages/pages_settings.h"
#include "sandbox/cloudflare_pages/pages_state.h"
#include "sandbox/cloudflare_pages/site_files.h"
#include "sandbox/kit/router.h"

namespace raxol::sandbox::cloudflare_pages {

inline const std::string kApiPrefix = "/client/v4";
inline const std::string kSitesPrefix = "/_sandbox/sites/";

// Error codes the emulator answers with (protocol notes §1.3; the rest are its own choices,
// documented in docs/cloudflare-pages.md).
inline constexpr int kAuthError = 10000;
inline constexpr int kNoRoute = 7003;
inline constexpr int kValidation = 8000010;
inline constexpr int kInternalError = 8000000;
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
  PagesContext(const std::filesystem::path& state_dir, StateFile* settings_file, std::string url,
               Clock& time);
  PagesState state;
  std::filesystem::path data_dir;  // STATE/cloudflare-pages
  AssetStore assets;
  SiteFiles sites;
  StateFile* settings;
  std::string base_url;
  Clock& clock;
  kit::CloudflareEnvelope envelope;
};

class Call : public kit::Call {
 public:
  Call(const kit::Call& base, PagesContext& context, PagesEmulatorSettings settings);

  PagesContext& context;
  const PagesEmulatorSettings settings;
  std::string jwt_project;  // the project_name claim of the upload JWT (asset routes)

  // The account of the path (capture 1) when it is the sandbox's; otherwise answers 403 and
  // returns false.
  bool check_account();
};

using Router = kit::ServiceRouter<Call>;

struct Routers {
  Router api;     // an API token (Authorization: Bearer) or X-Auth-Key with X-Auth-Email
  Router upload;  // an upload JWT, signed by the emulator and unexpired
  Router open;    // no credentials (served sites, unknown paths)
};
Routers make_routers(httplib::Server& server, PagesContext& context);

// Route patterns: capture 1 is the account id, capture 2 the project, capture 3 a deployment.
inline const std::string kAccountPattern = kApiPrefix + "/accounts/([^/]+)";
inline const std::string kProjectsPattern = kAccountPattern + "/pages/projects";
inline const std::string kProjectPattern = kProjectsPattern + "/([^/]+)";
inline const std::string kDeploymentPattern = kProjectPattern + "/deployments/([^/]+)";
inline const std::string kDomainsPattern = kProjectPattern + "/domains";  // capture 3: the domain

}  // namespace raxol::sandbox::cloudflare_pages
