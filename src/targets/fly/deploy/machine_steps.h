// The operations every strategy is made of, on one machine at a time: update it and verify it
// runs the new version with its checks passing, create one, destroy one, and put a changed
// machine back the way it was. Verification fails fast when the machine stops or crashes
// instead of burning the whole wait timeout (flyctl #2653), and checks that the machine really
// runs the version we sent (flyctl #4921).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "raxol/cancel.h"
#include "raxol/clock.h"
#include "targets/fly/api/machines_client.h"
#include "targets/fly/deploy/deploy_model.h"
#include "targets/fly/deploy/lease_set.h"

namespace raxol::fly {

struct StepContext {
  MachinesClient& machines;
  LeaseSet& leases;
  Clock& clock;
  const CancelToken& cancel;
  std::string app;
  std::chrono::seconds wait_timeout{300};
  std::chrono::milliseconds check_poll{200};  // how often checks are read while waiting
  // Told about each finished step ("updated 3d8d... (app, sjc): started, 1/1 checks passing").
  std::function<void(const std::string&)> report;
  // Told as soon as the platform accepted a change to a machine (before it is verified), so
  // that a failure later knows what to restore. Gets the change and the machine's id.
  std::function<void(const MachineChange&, const std::string&)> changed;
  std::optional<int64_t> min_secrets_version;  // sent with creates and updates when set
};

// Waits until machine `id` runs `version` in state started with every configured check
// passing, and returns it as last read. Fails at once if it stops, fails or is destroyed.
Result<Machine> wait_until_healthy(StepContext& context, const std::string& id,
                                   const std::string& version);

// Sends the update of `change` (no waiting). `context.changed` hears of it once accepted.
Result<Machine> launch_update(StepContext& context, const MachineChange& change,
                              const nlohmann::json& config);
// Creates a machine from a CreateMachineRequest body (no waiting); see create_and_verify.
Result<Machine> launch_create(StepContext& context, const MachineChange& change,
                              nlohmann::json body);
// Waits until a launched machine is healthy on `machine.instance_id` and reports it.
Result<Machine> verify_launched(StepContext& context, const MachineChange& change,
                                const Machine& machine, bool created);

// Updates the machine of `change` to `config`; unless it stays stopped, verifies it.
// `context.changed` hears of the update as soon as the platform accepts it.
Result<Machine> update_and_verify(StepContext& context, const MachineChange& change,
                                  const nlohmann::json& config);

// Creates the machine of `change` from a CreateMachineRequest body (lease_ttl is added so the
// new machine is ours until the deploy ends) and verifies it unless it was created stopped.
Result<Machine> create_and_verify(StepContext& context, const MachineChange& change,
                                  nlohmann::json body);

// Destroys a machine (force: a running machine is stopped first by the platform).
Status destroy_machine(StepContext& context, const std::string& id);

// Puts back what `change` changed: the previous config (waiting for it to run again if it was
// running) for an update, destroying it for a create. `machine_id` is the machine as changed.
Status restore_change(StepContext& context, const MachineChange& change,
                      const std::string& machine_id);

}  // namespace raxol::fly
