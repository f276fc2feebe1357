// The Cloudflare Pages target: publishes a folder of static files by Direct Upload (hash, ask
// which assets are missing, upload those, create a deployment), reports the production
// deployment, lists deployments, rolls production back to an earlier one, and manages the
// project's environment variables (secrets facet) and custom domains (certificates facet).
#pragma once

#include <memory>

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/kit/settings.h"

namespace raxol::cloudflare_pages {

// The registry's factory for kind "cloudflare-pages". Fails with an auth error when no
// Cloudflare credentials are set. Sends nothing.
Result<std::unique_ptr<Target>> make_pages_target(const TargetSpec& spec, const Settings& settings,
                                                  Context& context);

}  // namespace raxol::cloudflare_pages
