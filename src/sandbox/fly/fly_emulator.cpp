#include "sandbox/fly/fly_emulator.h"

#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

FlyEmulator::FlyEmulator(const EmulatorEnvironment& environment)
    : context_(environment.state_dir / "fly.json", environment.settings, environment.base_url) {}

bool FlyEmulator::serves(std::string_view path) const {
  return path.rfind("/v1/", 0) == 0 || path.rfind("/api/v1/", 0) == 0 ||
         path.rfind("/graphql", 0) == 0;
}

void FlyEmulator::register_routes(httplib::Server& server) {
  context_.server = &server;
  Router router(server, context_);
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
  for (const std::string pattern : {"/v1/.*", "/api/v1/.*"}) {
    router.get(pattern, not_found);
    router.post(pattern, not_found);
    router.put(pattern, not_found);
    router.patch(pattern, not_found);
    router.del(pattern, not_found);
  }
}

void FlyEmulator::export_environment(std::map<std::string, std::string>& env) const {
  env["FLY_API_BASE_URL"] = context_.base_url;
  env["FLY_FLAPS_BASE_URL"] = context_.base_url;
  env["FLY_UIEX_BASE_URL"] = context_.base_url;
  FlySettings settings = read_fly_settings(*context_.settings);
  env["FLY_API_TOKEN"] = settings.tokens.count("sandbox-fly-token") != 0
                             ? "sandbox-fly-token"
                             : settings.tokens.begin()->first;
}

void FlyEmulator::write_error(httplib::Response& response, int status,
                              const std::string& message) const {
  write_json(response, status, {{"error", message}});
}

}  // namespace raxol::sandbox::fly
