// Where the Fly APIs live and how we authenticate, read from the same environment variables
// flyctl reads, so that pointing at the sandbox is only a change of variables.
#pragma once

#include <string>

#include "raxol/environment.h"
#include "raxol/result.h"

namespace raxol::fly {

struct FlyEndpoints {
  std::string machines_base;  // FLY_FLAPS_BASE_URL (default https://api.machines.dev); + "/v1"
  std::string web_base;       // FLY_API_BASE_URL (default https://api.fly.io): releases, logs
  std::string token;          // FLY_ACCESS_TOKEN, else FLY_API_TOKEN; never printed
  // FLY_REGISTRY_HOST (default registry.fly.io): where built images are pushed, as flyctl.
  // A host[:port], not a URL; loopback hosts are spoken to over plain HTTP.
  std::string registry_host;
};

// Reads the endpoints; a missing token is an auth error that says which variables to set.
Result<FlyEndpoints> endpoints_from_environment(const Environment& env);

// The Authorization header value for `token`, as fly-go builds it: macaroon tokens (fm1r_,
// fm1a_, fm2_; possibly a comma-separated list) use the FlyV1 scheme, others Bearer. A scheme
// already present in the variable is stripped first.
std::string authorization_value(const std::string& token);

}  // namespace raxol::fly
