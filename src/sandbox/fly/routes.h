// One registration function per group of Fly routes (each in its own *_routes.cpp).
#pragma once

#include "sandbox/fly/fly_router.h"

namespace raxol::sandbox::fly {

void register_apps_routes(Router& router);
void register_machines_routes(Router& router);
void register_machine_actions_routes(Router& router);
void register_metadata_routes(Router& router);
void register_lease_routes(Router& router);
void register_wait_routes(Router& router);
void register_secrets_routes(Router& router);
void register_ip_routes(Router& router);
void register_certificates_routes(Router& router);
void register_volumes_routes(Router& router);
void register_releases_routes(Router& router);
void register_graphql_routes(Router& router);
void register_logs_routes(Router& router);

}  // namespace raxol::sandbox::fly

namespace raxol::sandbox::fly {

// Shared by the machine routes (route_helpers.cpp). Each answers the request and returns
// false/nullptr when the request cannot go on.
//
// The app and machine of a /v1/apps/{app}/machines/{id}... path; a destroyed machine counts
// as missing unless `allow_destroyed` (GET keeps showing destroyed machines, as the real API
// does for a while).
struct MachineRef {
  json* app = nullptr;
  json* record = nullptr;
  explicit operator bool() const { return record != nullptr; }
};
MachineRef find_machine(Call& call, json& document, bool allow_destroyed);
// 409 with the holder's message when another party holds the machine's lease.
bool check_lease(Call& call, const json& record);

}  // namespace raxol::sandbox::fly
