#include "sandbox/cloudflare_pages/pages_emulator.h"

#include <memory>

#include "sandbox/cloudflare_pages/pages_call.h"
#include "sandbox/cloudflare_pages/routes.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

bool serves(std::string_view path) {
  return path.rfind(kApiPrefix + "/", 0) == 0 || path.rfind(kSitesPrefix, 0) == 0;
}

void register_routes(httplib::Server& server, PagesContext& context) {
  // Upload bodies reach ~56 MB (a full wrangler bucket); httplib's default payload limit is
  // unlimited, which covers that, so the shared server is left as it is.
  Routers routers = make_routers(server, context);
  register_account_routes(routers.api);
  register_project_routes(routers.api);
  register_asset_routes(routers.upload);
  register_deployment_routes(routers.api);
  register_domain_routes(routers.api);
  register_site_routes(routers.open);
  // Unknown API paths answer in the service's envelope (Cloudflare's "no route" code).
  routers.open.any(kApiPrefix + "/.*",
                   [](Call& call) { call.error(404, kNoRoute, "No route for that URI"); });
}

void export_environment(std::map<std::string, std::string>& env, const PagesContext& context) {
  PagesEmulatorSettings settings = read_pages_settings(*context.settings);
  env["CLOUDFLARE_API_BASE_URL"] = context.base_url + kApiPrefix;
  env["CLOUDFLARE_API_TOKEN"] = settings.tokens.front();
  env["CLOUDFLARE_ACCOUNT_ID"] = settings.account_id;
}

}  // namespace

Emulator make_pages_emulator(const EmulatorEnvironment& environment) {
  auto context = std::make_shared<PagesContext>(environment.state_dir, environment.settings,
                                                environment.base_url, *environment.clock);
  return {"cloudflare-pages", &context->envelope, serves,
          [context](httplib::Server& server) { register_routes(server, *context); },
          [context](auto& env) { export_environment(env, *context); }};
}

}  // namespace raxol::sandbox::cloudflare_pages
