#include "targets/cloudflare_pages/pages_history.h"

namespace raxol::cloudflare_pages {

namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

Release to_release(const Deployment& deployment, const std::string& current_id) {
  Release release;
  release.id = deployment.id;
  release.version = deployment.short_id;
  release.status = deployment.succeeded() ? "success"
                   : deployment.failed()  ? "failure"
                                          : deployment.latest_stage.status;
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
    status.health = "not deployed";
    status.details = {{"project", project_name}, {"exists", false}};
    return status;
  }
  status.url = "https://" + project->subdomain;
  status.details = {{"project", project->name},
                    {"subdomain", project->subdomain},
                    {"production_branch", project->production_branch}};
  if (project->latest) status.details["latest_deployment"] = deployment_summary(*project->latest);
  if (!project->canonical) {
    status.health = "not deployed";
    return status;
  }
  // The project's copy may be older than the deployment's own record.
  RAXOL_ASSIGN_OR_RETURN(Deployment current,
                         client.get_deployment(project->name, project->canonical->id));
  status.release = current.short_id;
  status.health = current.succeeded() ? "healthy" : current.failed() ? "down" : "degraded";
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

Result<Deployment> choose_rollback_target(const std::vector<Deployment>& production,
                                          const std::optional<Deployment>& current,
                                          const std::string& to, const std::string& project) {
  const std::string current_id = current ? current->id : std::string();
  if (!to.empty()) {
    for (const auto& deployment : production) {
      if (deployment.id != to && deployment.short_id != to) continue;
      if (deployment.id == current_id)
        return make_error(ErrorKind::usage, "deployment " + to + " is already serving " + project);
      if (!deployment.succeeded())
        return make_error(ErrorKind::usage, "deployment " + to + " did not succeed (" +
                                                deployment.stage_text() + "); only successful " +
                                                "production deployments can serve again");
      return deployment;
    }
    Error error =
        make_error(ErrorKind::not_found, "no production deployment " + to + " in " + project);
    error.notes.push_back(
        "list them with `raxol-deploy releases`; preview deployments cannot "
        "be rolled back to");
    return error;
  }
  bool past_current = current_id.empty();
  for (const auto& deployment : production) {  // newest first
    if (!past_current) {
      past_current = deployment.id == current_id;
      continue;
    }
    if (deployment.succeeded()) return deployment;
  }
  return make_error(ErrorKind::not_found, "no earlier successful production deployment of " +
                                              project + " to roll back to");
}

}  // namespace raxol::cloudflare_pages
