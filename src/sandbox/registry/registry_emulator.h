// The registry emulator: an OCI distribution (v1.1) registry under /v2/, where buildah,
// podman, skopeo, docker and containerd push and pull images, with the token endpoint of its
// bearer mode at /token (registry_auth.h). State: STATE/registry.json and STATE/registry/.
#pragma once

#include "sandbox/emulator.h"
#include "sandbox/registry/registry_call.h"

namespace raxol::sandbox::registry {

// Service "registry". Exports FLY_REGISTRY_HOST (the sandbox's host:port, which flyctl reads
// instead of registry.fly.io). Envelope: {"errors": [{"code", "message"[, "detail"]}]}.
// Credentials: the tokens `fly_token_check` accepts.
Emulator make_registry_emulator(const EmulatorEnvironment& environment,
                                FlyTokenCheck fly_token_check);

}  // namespace raxol::sandbox::registry
