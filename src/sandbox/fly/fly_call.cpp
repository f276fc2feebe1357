#include "sandbox/fly/fly_call.h"

#include "sandbox/fly/leases.h"
#include "sandbox/fly/machine_lifecycle.h"
#include "util/strings.h"

namespace raxol::sandbox::fly {

std::optional<std::string> token_owner(const std::string& token, const FlySettings& settings) {
  for (const auto& piece : split(token, ',')) {
    const std::string part = trim(piece);
    auto known = settings.tokens.find(part);
    if (!part.empty() && known != settings.tokens.end()) return known->second;
  }
  return std::nullopt;
}

Call::Call(const kit::Call& base, FlyContext& context_, FlySettings settings_, std::string owner_)
    : kit::Call(base),
      context(context_),
      settings(std::move(settings_)),
      owner(std::move(owner_)) {}

std::optional<Call> open_call(kit::Call& base, FlyContext& context) {
  FlySettings settings = read_fly_settings(*context.settings);
  auto owner = token_owner(base.bearer_token(), settings);
  if (!owner) {
    // The real API's words; the token itself is never echoed.
    base.error(401, "Authenticate: token validation error");
    return std::nullopt;
  }
  return Call(base, context, std::move(settings), *owner);
}

std::string Call::lease_nonce() const { return header(kLeaseNonceHeader); }

void Call::update(const std::function<bool(json&)>& change) { context.state.update(now, change); }

json* Call::app(json& document, const std::string& name) {
  json* found = find_app(document, name);
  if (found == nullptr) error(404, "app not found");
  return found;
}

json* Call::machine(json& app, const std::string& id) {
  auto& machines = app["machines"];
  auto it = machines.find(id);
  if (it == machines.end()) {
    error(404, "machine not found");
    return nullptr;
  }
  return &*it;
}

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
