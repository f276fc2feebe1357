// The GitHub Pages kind as the registry lists it.
#pragma once

#include "targets/kit/target_kind.h"

namespace raxol::github_pages {

TargetKind github_pages_kind();

}  // namespace raxol::github_pages
