// The order targets deploy in: every target after the targets it `needs`; among targets ready
// together, the project file's order (it is already sorted that way), and for discovered
// targets the tiers' natural order — Fly (the app), then Cloudflare Pages, then GitHub Pages.
#pragma once

#include <vector>

#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol {

// Fails (config) when a `needs` names an unknown target or the needs form a cycle.
Result<std::vector<TargetSpec>> deploy_order(const std::vector<TargetSpec>& targets);

}  // namespace raxol
