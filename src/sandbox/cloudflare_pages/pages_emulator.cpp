#include "sandbox/cloudflare_pages/pages_emulator.h"

#include "sandbox/cloudflare_pages/routes.h"

namespace raxol::sandbox::cloudflare_pages {

PagesEmulator::PagesEmulator(const EmulatorEnvironment& environment)
    : context_(environment.state_dir, environment.settings, environment.base_url) {}

bool PagesEmulator::serves(std::string_view path) const {
  return path.rfind(kApiPrefix + "/", 0) == 0 || path.rfind(kSitesPrefix, 0) == 0;
}

void PagesEmulator::register_routes(httplib::Server& server) {
  // Upload bodies reach ~56 MB (a full wrangler bucket); httplib's default payload limit is
  // unlimited, which covers that, so the shared server is left as it is.
  Router router(server, context_);
  register_account_routes(router);
  register_project_routes(router);
  register_asset_routes(router);
  register_deployment_routes(router);
  register_domain_routes(router);
  register_site_routes(server, context_);
  // Unknown API paths answer in the service's envelope (Cloudflare's "no route" code).
  auto no_route = [](Call& call) { call.fail(404, kNoRoute, "No route for that URI"); };
  const std::string pattern = kApiPrefix + "/.*";
  router.get(pattern, Auth::none, no_route);
  router.post(pattern, Auth::none, no_route);
  router.patch(pattern, Auth::none, no_route);
  router.del(pattern, Auth::none, no_route);
}

void PagesEmulator::export_environment(std::map<std::string, std::string>& env) const {
  PagesEmulatorSettings settings = read_pages_settings(*context_.settings);
  env["CLOUDFLARE_API_BASE_URL"] = context_.base_url + kApiPrefix;
  env["CLOUDFLARE_API_TOKEN"] = settings.tokens.front();
  env["CLOUDFLARE_ACCOUNT_ID"] = settings.account_id;
}

void PagesEmulator::write_error(httplib::Response& response, int status,
                                const std::string& message) const {
  int code = status == 401   ? kBadUploadJwt
             : status == 403 ? kAuthError
             : status == 404 ? kNoRoute
             : status == 429 ? 971
             : status >= 500 ? 8000000
                             : kValidation;
  write_envelope_error(response, status, code, message);
}

}  // namespace raxol::sandbox::cloudflare_pages
