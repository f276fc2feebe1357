// One registration function per group of Fly routes (each in its own *_routes.cpp).
#pragma once

#include "sandbox/fly/fly_call.h"

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
