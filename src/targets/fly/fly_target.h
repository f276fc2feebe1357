// The Fly.io target: deploys a fly.toml app through the Machines API, records releases in
// Fly's web API, rolls back to any stored release, reports status, reads logs, runs commands.
#pragma once

#include <memory>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "raxol/target.h"
#include "targets/kit/settings.h"

namespace raxol::fly {

// The registry's factory for kind "fly". Fails with an auth error when no token is set.
Result<std::unique_ptr<Target>> make_fly_target(const TargetSpec& spec, const Settings& settings,
                                                Context& context);

}  // namespace raxol::fly
