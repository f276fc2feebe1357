// The read side of a Pages project and its rollback: status (the production deployment
// serving now), releases (production deployments, newest first) and the plan of a rollback,
// which the service carries out as one call (POST .../deployments/{id}/rollback).
#pragma once

#include <string>
#include <vector>

#include "raxol/target.h"
#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

Result<TargetStatus> read_pages_status(PagesClient& client, const std::string& target_name,
                                       const std::string& project);

Result<std::vector<Release>> read_pages_releases(PagesClient& client, const std::string& project);

// What a rollback plan carries to apply().
struct PagesRollbackDetail : PlanDetail {
  std::string project;
  std::string subdomain;
  std::string before;  // short id of the deployment serving now
  Deployment chosen;   // the production deployment that will serve again

  nlohmann::json to_json() const override;
};

// The production deployment `request.to` names (kit/release_choice.h's rule: only a complete
// production deployment that is not serving; preview deployments cannot be rolled back to).
Result<Plan> plan_pages_rollback(PagesClient& client, const std::string& target_name,
                                 const std::string& project, const RollbackRequest& request);

}  // namespace raxol::cloudflare_pages
