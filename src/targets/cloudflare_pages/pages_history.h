// The read side of a Pages project and its rollback: status (the production deployment
// serving now), releases (production deployments, newest first) and the choice of the
// deployment a rollback returns to.
#pragma once

#include <string>
#include <vector>

#include "raxol/target.h"
#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

Result<TargetStatus> read_pages_status(PagesClient& client, const std::string& target_name,
                                       const std::string& project);

Result<std::vector<Release>> read_pages_releases(PagesClient& client, const std::string& project);

// `to` is a deployment id or short id; empty means the newest successful production
// deployment older than the current one. Only successful production deployments qualify
// (the service's rule); anything else is refused before calling it.
Result<Deployment> choose_rollback_target(const std::vector<Deployment>& production,
                                          const std::optional<Deployment>& current,
                                          const std::string& to, const std::string& project);

}  // namespace raxol::cloudflare_pages
