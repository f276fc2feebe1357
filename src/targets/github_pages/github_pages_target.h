// The GitHub Pages target (branch flow): publishes a folder into a directory of the Pages
// branch as an ordinary commit (history kept, concurrent publishers re-applied, CNAME and
// .nojekyll looked after), manages the Pages site over REST and waits for GitHub's build;
// releases are the branch's publish commits, a rollback publishes an earlier tree again.
#pragma once

#include <memory>

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/kit/settings.h"

namespace raxol::github_pages {

// The registry's factory for kind "github-pages". Fails with a config error for bad settings
// or when there is no repository to publish to.
Result<std::unique_ptr<Target>> make_github_pages_target(const TargetSpec& spec,
                                                         const Settings& settings,
                                                         Context& context);

}  // namespace raxol::github_pages
