// The Cloudflare Pages kind as the registry lists it.
#pragma once

#include "targets/kit/target_kind.h"

namespace raxol::cloudflare_pages {

TargetKind pages_kind();

}  // namespace raxol::cloudflare_pages
