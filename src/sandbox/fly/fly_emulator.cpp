#include "sandbox/fly/fly_emulator.h"

#include <memory>

#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

namespace {

bool serves(std::string_view path) {
  return path.rfind("/v1/", 0) == 0 || path.rfind("/api/v1/", 0) == 0 ||
         path.rfind("/graphql", 0) == 0;
}

void register_routes(httplib::Server& server, FlyContext& context) {
  context.server = &server;
  Router router(kit::Router(server, context.envelope, context.clock),
                [&context](kit::Call& base) { return open_call(base, context); });
  // httplib tries patterns in registration order; each pattern matches whole paths, so the
  // order only matters for the catch-alls, which come last.
  register_apps_routes(router);
  register_machines_routes(router);
  register_machine_actions_routes(router);
  register_metadata_routes(router);
  register_lease_routes(router);
  register_wait_routes(router);
  register_secrets_routes(router);
  register_ip_routes(router);
  register_certificates_routes(router);
  register_volumes_routes(router);
  register_releases_routes(router);
  register_graphql_routes(router);
  register_logs_routes(router);
  // Unknown paths under the service's prefixes answer in the service's envelope.
  auto not_found = [](Call& call) { call.error(404, "not found"); };
  for (const std::string pattern : {"/v1/.*", "/api/v1/.*"}) router.any(pattern, not_found);
}

void export_environment(std::map<std::string, std::string>& env, const FlyContext& context) {
  env["FLY_API_BASE_URL"] = context.base_url;
  env["FLY_FLAPS_BASE_URL"] = context.base_url;
  env["FLY_UIEX_BASE_URL"] = context.base_url;
  FlySettings settings = read_fly_settings(*context.settings);
  env["FLY_API_TOKEN"] = settings.tokens.count("sandbox-fly-token") != 0
                             ? "sandbox-fly-token"
                             : settings.tokens.begin()->first;
}

}  // namespace

Emulator make_fly_emulator(const EmulatorEnvironment& environment) {
  auto context = std::make_shared<FlyContext>(environment.state_dir, environment.settings,
                                              environment.base_url, *environment.clock);
  return {"fly", &context->envelope, serves,
          [context](httplib::Server& server) { register_routes(server, *context); },
          [context](auto& env) { export_environment(env, *context); }};
}

}  // namespace raxol::sandbox::fly
