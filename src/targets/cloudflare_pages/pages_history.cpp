#include "targets/cloudflare_pages/pages_history.h"

#include "targets/kit/release_choice.h"
#include "util/strings.h"

namespace raxol::cloudflare_pages {

namespace {

Release to_release(const Deployment& deployment, const std::string& current_id) {
  Release release;
  release.id = deployment.id;
  release.version = deployment.short_id;
  release.status = deployment.succeeded() ? ReleaseStatus::complete
                   : deployment.failed()  ? ReleaseStatus::failed
                                          : ReleaseStatus::running;
  release.created_at = deployment.created_on;
  release.description = first_line(deployment.commit_message);
  release.ref = deployment.url;
  release.current = deployment.id == current_id;
  release.details = deployment_summary(deployment);
  return release;
}

Error project_missing(const std::string& project) {
  Error error = make_error(ErrorKind::not_found, "Cloudflare Pages project " + project +
                                                     " does not exist in this account");
  error.notes.push_back("`raxol-deploy deploy` creates it");
  return error;
}

}  // namespace

Result<TargetStatus> read_pages_status(PagesClient& client, const std::string& target_name,
                                       const std::string& project_name) {
  TargetStatus status;
  status.target = target_name;
  status.kind = "cloudflare-pages";
  RAXOL_ASSIGN_OR_RETURN(auto project, client.get_project(project_name));
  if (!project) {
    status.health = Health::not_deployed;
    status.details = {{"project", project_name}, {"exists", false}};
    return status;
  }
  status.url = "https://" + project->subdomain;
  status.details = {{"project", project->name},
                    {"subdomain", project->subdomain},
                    {"production_branch", project->production_branch}};
  if (project->latest) status.details["latest_deployment"] = deployment_summary(*project->latest);
  if (!project->canonical) {
    status.health = Health::not_deployed;
    return status;
  }
  // The project's copy may be older than the deployment's own record.
  RAXOL_ASSIGN_OR_RETURN(Deployment current,
                         client.get_deployment(project->name, project->canonical->id));
  status.release = current.short_id;
  status.health = current.succeeded() ? Health::healthy
                  : current.failed()  ? Health::down
                                      : Health::degraded;
  status.details["deployment"] = deployment_summary(current);
  status.details["stage"] = current.stage_text();
  return status;
}

Result<std::vector<Release>> read_pages_releases(PagesClient& client,
                                                 const std::string& project_name) {
  RAXOL_ASSIGN_OR_RETURN(auto project, client.get_project(project_name));
  if (!project) return project_missing(project_name);
  RAXOL_ASSIGN_OR_RETURN(auto deployments, client.list_deployments(project_name, "production"));
  std::string current = project->canonical ? project->canonical->id : std::string();
  std::vector<Release> releases;
  for (const auto& deployment : deployments) releases.push_back(to_release(deployment, current));
  return releases;
}

nlohmann::json PagesRollbackDetail::to_json() const {
  return {{"project", project}, {"before", before}, {"deployment", deployment_summary(chosen)}};
}

Result<Plan> plan_pages_rollback(PagesClient& client, const std::string& target_name,
                                 const std::string& project_name, const RollbackRequest& request) {
  RAXOL_ASSIGN_OR_RETURN(auto project, client.get_project(project_name));
  if (!project) return project_missing(project_name);
  RAXOL_ASSIGN_OR_RETURN(auto production, client.list_deployments(project_name, "production"));
  const std::string current = project->canonical ? project->canonical->id : std::string();
  std::vector<Release> releases;
  for (const auto& deployment : production) releases.push_back(to_release(deployment, current));
  RAXOL_ASSIGN_OR_RETURN(Release chosen, choose_rollback_release(releases, request.to, "production of " + project_name, target_name));
  auto detail = std::make_shared<PagesRollbackDetail>();
  detail->project = project_name;
  detail->subdomain = project->subdomain;
  detail->before = project->canonical ? project->canonical->short_id : std::string();
  for (const auto& deployment : production)
    if (deployment.id == chosen.id) detail->chosen = deployment;
  Plan plan;
  plan.target = target_name;
  plan.kind = "cloudflare-pages";
  plan.purpose = PlanPurpose::rollback;
  plan.steps.push_back({"rollback", project_name + " production",
                        "serve deployment " + chosen.version + " (" +
                            detail->chosen.commit_hash.substr(0, 12) + ") instead of " +
                            detail->before});
  plan.summary = {{"release_before", detail->before}, {"release_after", chosen.version}};
  plan.detail = std::move(detail);
  return plan;
}

}  // namespace raxol::cloudflare_pages
