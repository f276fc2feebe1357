// One registration function per group of GitHub routes (each in its own *_routes.cpp).
#pragma once

#include "sandbox/github/github_call.h"

namespace raxol::sandbox::github {

void register_git_routes(Router& git);
// The Actions secrets API, and its sandbox-only reading of what was stored (on `open`).
void register_secrets_routes(Router& secrets, Router& open);
// Last: on `open` it also answers every other /api/v3 path with GitHub's 404.
void register_pages_routes(Router& rest, Router& open);

}  // namespace raxol::sandbox::github
