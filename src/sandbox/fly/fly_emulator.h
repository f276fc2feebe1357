// The Fly.io emulator: the Machines API (/v1/...), the web API's releases and logs
// (/api/v1/...) and the two GraphQL queries flyctl still uses for releases (/graphql), with
// the real services' paths, fields, status codes and error envelopes. State: STATE/fly.json.
#pragma once

#include "sandbox/emulator.h"
#include "sandbox/fly/fly_router.h"

namespace raxol::sandbox::fly {

class FlyEmulator : public Emulator {
 public:
  explicit FlyEmulator(const EmulatorEnvironment& environment);

  std::string name() const override { return "fly"; }
  bool serves(std::string_view path) const override;
  void register_routes(httplib::Server& server) override;
  // FLY_API_BASE_URL, FLY_FLAPS_BASE_URL, FLY_UIEX_BASE_URL (all the sandbox's base URL:
  // clients add /v1 for the Machines API as fly-go does) and FLY_API_TOKEN.
  void export_environment(std::map<std::string, std::string>& env) const override;
  // The Machines API's envelope: {"error": message}.
  void write_error(httplib::Response& response, int status,
                   const std::string& message) const override;

 private:
  mutable FlyContext context_;
};

}  // namespace raxol::sandbox::fly
