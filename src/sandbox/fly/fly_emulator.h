// The Fly.io emulator: the Machines API (/v1/...), the web API's releases and logs
// (/api/v1/...) and the two GraphQL queries flyctl still uses for releases (/graphql), with
// the real services' paths, fields, status codes and error envelopes. State: STATE/fly.json.
#pragma once

#include "sandbox/emulator.h"

namespace raxol::sandbox::fly {

// Service "fly". Exports FLY_API_BASE_URL, FLY_FLAPS_BASE_URL and FLY_UIEX_BASE_URL (all the
// sandbox's base URL: clients add /v1 for the Machines API as fly-go does) and FLY_API_TOKEN.
// Envelope: {"error": message}.
Emulator make_fly_emulator(const EmulatorEnvironment& environment);

}  // namespace raxol::sandbox::fly
