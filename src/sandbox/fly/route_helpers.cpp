#include "sandbox/fly/leases.h"
#include "sandbox/fly/machine_lifecycle.h"
#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

MachineRef find_machine(Call& call, json& document, bool allow_destroyed) {
  MachineRef ref;
  ref.app = call.app(document, call.path_param(1));
  if (ref.app == nullptr) return ref;
  json* record = call.machine(*ref.app, call.path_param(2));
  if (record == nullptr) return ref;
  const std::string& state = machine_state(*record);
  if (!allow_destroyed && (state == "destroyed" || state == "destroying")) {
    call.error(404, "machine not found");
    return ref;
  }
  ref.record = record;
  return ref;
}

bool check_lease(Call& call, const json& record) {
  if (lease_permits(record, call.lease_nonce(), call.now)) return true;
  call.error(409, lease_conflict_message(record, *active_lease(record, call.now)));
  return false;
}

}  // namespace raxol::sandbox::fly
