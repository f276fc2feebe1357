// The Pages site around a branch publish: whether Pages is enabled for the repository and
// serves our branch (created or updated to do so, with the configured cname and
// https_enforced), and, after a push, waiting until GitHub has built the pushed commit
// (protocol notes §7: poll pages/builds/latest; the site's own status can lag a build behind).
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "raxol/context.h"
#include "targets/github_pages/api/pages_client.h"
#include "targets/github_pages/pages_settings.h"

namespace raxol::github_pages {

class Git;

struct SitePlan {
  std::optional<PagesSite> site;  // as it is now; nullopt: Pages not enabled
  bool create = false;            // POST /pages with our branch
  SiteChanges changes;            // then PUT /pages with these
  std::string warning;            // e.g. the site publishes from a workflow, not a branch
  std::string https_deferred;     // why https_enforced is not set yet (no certificate)
  bool serves_branch() const;     // after applying: a branch push is what gets built
};

// Reads the site and works out what has to change. Read-only.
Result<SitePlan> plan_site(PagesClient& client, const PagesSettings& settings);
// Creates/updates the site as planned; returns the site afterwards.
Result<PagesSite> apply_site(PagesClient& client, const SitePlan& plan,
                             const PagesSettings& settings);

struct BuildWait {
  std::string result;  // "built" | "superseded"
  PagesBuild build;
};

// Polls the latest build until it reports `commit` as built (errored: a failed error;
// `timeout`: a timeout error). When others published after us, a built build of our commit in
// the recent list, or a built newer commit that contains ours ("superseded"), counts as done;
// `refresh` fetches the branch when such a commit is not in the cache yet. Sleeps through the
// context's clock and stops on cancellation.
Result<BuildWait> wait_for_build(PagesClient& client, Git& cache_git, Context& context,
                                 const std::string& commit, std::chrono::milliseconds timeout,
                                 const std::function<Status()>& refresh);

}  // namespace raxol::github_pages
