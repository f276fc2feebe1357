// The Fly Machines API (https://api.machines.dev/v1): the only code that knows its paths and
// request bodies. Requests follow the OpenAPI spec's forms (lease ttl in the body, `force` on
// destroy, `version` on wait, string autostop), see docs/fly.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "targets/fly/api/fly_transport.h"
#include "targets/fly/api/fly_types.h"

namespace raxol::fly {

// The longest single wait request: long-polls stay short so that SIGINT is noticed quickly.
constexpr int kWaitChunkSeconds = 3;

class MachinesClient {
 public:
  explicit MachinesClient(FlyTransport& transport) : transport_(transport) {}

  // Apps.
  Result<nlohmann::json> get_app(const std::string& app);  // not_found when it does not exist
  Result<nlohmann::json> create_app(const std::string& app, const std::string& org_slug);

  // Machines. `body` is a CreateMachineRequest / UpdateMachineRequest.
  Result<std::vector<Machine>> list_machines(const std::string& app);
  Result<Machine> get_machine(const std::string& app, const std::string& id);
  Result<Machine> create_machine(const std::string& app, const nlohmann::json& body);
  Result<Machine> update_machine(const std::string& app, const std::string& id,
                                 const nlohmann::json& body, const std::string& nonce);
  Status start_machine(const std::string& app, const std::string& id, const std::string& nonce);
  Status destroy_machine(const std::string& app, const std::string& id, bool force,
                         const std::string& nonce);
  Status cordon_machine(const std::string& app, const std::string& id, const std::string& nonce,
                        bool cordon);
  // Long-polls until the machine is in one of `states` (comma-separated) or `timeout_seconds`
  // (1..60) pass; a passed deadline is a WaitResult with reached = false, not an error.
  Result<WaitResult> wait(const std::string& app, const std::string& id, const std::string& states,
                          int timeout_seconds, const std::string& version = {});
  // Runs a command in a started machine: {exit_code, stdout, stderr}.
  Result<nlohmann::json> exec(const std::string& app, const std::string& id,
                              const std::vector<std::string>& command, int timeout_seconds);

  // Leases: acquire (or refresh, when `nonce` is the one we hold) and release.
  Result<Lease> acquire_lease(const std::string& app, const std::string& id, int ttl_seconds,
                              const std::string& description, const std::string& nonce = {});
  Status release_lease(const std::string& app, const std::string& id, const std::string& nonce);
  // The current lease, or nullopt when none is held.
  Result<std::optional<Lease>> get_lease(const std::string& app, const std::string& id);

  // IP addresses of the app ({ip, region, service_name, shared, created_at}).
  Result<std::vector<nlohmann::json>> list_ips(const std::string& app);
  Result<nlohmann::json> allocate_ip(const std::string& app, const std::string& type);

 private:
  std::string machine_path(const std::string& app, const std::string& id) const;
  Result<FlyAnswer> send(FlyCall call);
  FlyTransport& transport_;
};

}  // namespace raxol::fly
