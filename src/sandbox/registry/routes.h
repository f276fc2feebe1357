// One registration function per group of registry routes (each in its own *_routes.cpp).
#pragma once

#include "sandbox/registry/registry_call.h"

namespace raxol::sandbox::registry {

void register_token_routes(Router& token);
void register_catalog_routes(Router& root);  // the /v2/ ping and /v2/_catalog
void register_upload_routes(Router& repository);
void register_blob_routes(Router& repository);
void register_manifest_routes(Router& repository);
void register_tag_routes(Router& repository);

}  // namespace raxol::sandbox::registry
