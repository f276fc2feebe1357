// The Fly.io kind as the registry lists it: settings, credentials, flags, facets, capabilities.
#pragma once

#include "targets/kit/target_kind.h"

namespace raxol::fly {

TargetKind fly_kind();

}  // namespace raxol::fly
