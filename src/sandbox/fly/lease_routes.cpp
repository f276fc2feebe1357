// Machine leases (/v1/apps/{app}/machines/{id}/lease). The wire format is the real API's, not
// the spec's: the lease comes wrapped in {"status":"success","data":{...}} with 201, and a
// conflict is {"status":"error","message":"... lease currently held by ...","code":"invalid"}.
// The TTL is read from the body (spec, docs) or `?ttl=` (fly-go), whichever is present.
#include "sandbox/fly/leases.h"
#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

namespace {

json envelope(const json& lease, const json& record) {
  return {{"status", "success"}, {"data", lease_data(lease, record)}};
}

void acquire(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  std::int64_t ttl = call.settings.default_lease_ttl;
  if (body->contains("ttl") && (*body)["ttl"].is_number_integer()) {
    ttl = (*body)["ttl"].get<std::int64_t>();
  } else if (auto query_ttl = call.query_int("ttl", ttl)) {
    ttl = *query_ttl;
  } else {
    return call.error(400, "invalid ttl");
  }
  if (ttl <= 0) ttl = call.settings.default_lease_ttl;
  std::string description = body->value("description", call.query("description"));
  const std::string nonce = call.lease_nonce();
  call.update([&](json& document) {
    auto ref = find_machine(call, document, false);
    if (!ref) return false;
    json& record = *ref.record;
    if (const json* held = active_lease(record, call.now)) {
      if (nonce.empty() || (*held)["nonce"] != nonce) {
        call.reply(409, {{"status", "error"},
                         {"message", lease_conflict_message(record, *held)},
                         {"code", "invalid"}});
        return false;
      }
      // A refresh keeps the nonce and extends the expiry.
      record["lease"]["expires_ms"] = call.now + int64_t{ttl} * 1000;
      if (!description.empty()) record["lease"]["description"] = description;
      call.reply(201, envelope(record["lease"], record));
      return true;
    }
    call.reply(201, envelope(grant_lease(record, call.owner, description, ttl, call.now), record));
    return true;
  });
}

void show_lease(Call& call) {
  call.update([&](json& document) {
    auto ref = find_machine(call, document, true);
    if (!ref) return false;
    if (const json* held = active_lease(*ref.record, call.now)) {
      call.reply(200, envelope(*held, *ref.record));
    } else {
      call.error(404, "lease not found");
    }
    return false;
  });
}

void release_lease(Call& call) {
  const std::string nonce = call.lease_nonce();
  call.update([&](json& document) {
    auto ref = find_machine(call, document, true);
    if (!ref) return false;
    const json* held = active_lease(*ref.record, call.now);
    if (held == nullptr) {
      call.error(404, "lease not found");
      return false;
    }
    if (nonce.empty()) {
      call.error(400, std::string(kLeaseNonceHeader) + " header is required");
      return false;
    }
    if ((*held)["nonce"] != nonce) {
      call.error(409, lease_conflict_message(*ref.record, *held));
      return false;
    }
    (*ref.record)["lease"] = nullptr;
    call.reply(200, {{"status", "success"}});
    return true;
  });
}

}  // namespace

void register_lease_routes(Router& router) {
  router.post(kMachinePattern + "/lease", acquire);
  router.get(kMachinePattern + "/lease", show_lease);
  router.del(kMachinePattern + "/lease", release_lease);
}

}  // namespace raxol::sandbox::fly
