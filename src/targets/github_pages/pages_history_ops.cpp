// Status, releases and rollback of the GitHub Pages target: all read the branch history
// through the cache (a fetch changes nothing remote).
#include "targets/github_pages/pages_target.h"
#include "targets/github_pages/publish/publisher.h"
#include "targets/github_pages/publish_inputs.h"
#include "targets/kit/release_choice.h"

namespace raxol::github_pages {

namespace {

constexpr int kHistoryLimit = 100;

Release to_release(const PublishCommit& commit, bool current) {
  Release release;
  release.id = commit.sha;
  release.version = short_sha(commit.sha);
  release.status = ReleaseStatus::complete;
  release.created_at = commit.date;
  release.user = commit.author_name;
  release.description = commit.subject;
  release.ref = commit.sha;
  release.current = current;
  release.details = {{"author_email", commit.author_email}};
  return release;
}

}  // namespace

Result<std::vector<PublishCommit>> GitHubPagesTarget::history(int limit) {
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
  RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->fetch());
  if (tip.empty()) return std::vector<PublishCommit>();
  return publish_history(cache->git(), cache->tracking_ref(), settings_.destination_dir, limit);
}

Result<std::vector<Release>> GitHubPagesTarget::releases() {
  RAXOL_ASSIGN_OR_RETURN(auto commits, history(kHistoryLimit));
  std::vector<Release> releases;
  for (size_t i = 0; i < commits.size(); ++i) releases.push_back(to_release(commits[i], i == 0));
  return releases;
}

Result<TargetStatus> GitHubPagesTarget::status() {
  TargetStatus status;
  status.target = spec_.name;
  status.kind = kind();
  RAXOL_ASSIGN_OR_RETURN(auto commits, history(1));
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->local_tip());
  status.details = {{"repository", redact_url_credentials(remote_.url)},
                    {"branch", settings_.branch},
                    {"destination_dir", settings_.destination_dir},
                    {"tip", tip}};
  if (commits.empty()) {
    status.health = Health::not_deployed;
    status.url = site_url("", remote_, settings_.destination_dir);
    return status;
  }
  status.release = short_sha(commits.front().sha);
  status.details["commit"] = commits.front().sha;
  status.details["published_at"] = commits.front().date;
  status.health = Health::healthy;
  std::string html_url;
  if (client_) {
    // The status is useful without the REST API too: a failure there is a note, not an error.
    auto site = client_->get_site();
    if (site.ok() && *site) {
      html_url = (*site)->html_url;
      status.details["site"] = {{"status", (*site)->status},
                                {"source", (*site)->source_branch + ":" + (*site)->source_path},
                                {"cname", (*site)->cname},
                                {"https_enforced", (*site)->https_enforced}};
      auto build = client_->latest_build();
      if (build.ok() && *build) {
        const PagesBuild& latest = **build;
        status.details["build"] = {{"status", latest.status}, {"commit", latest.commit}};
        if (latest.status == "errored")
          status.health = Health::down;
        else if (latest.commit != tip || latest.status != "built")
          status.health = Health::degraded;
      }
    } else if (site.ok()) {
      status.health = Health::degraded;
      status.details["site"] = nullptr;
      status.details["note"] = "GitHub Pages is not enabled for " + remote_.slug();
    } else {
      status.details["note"] = site.error().message;
    }
  }
  status.url = site_url(html_url, remote_, settings_.destination_dir);
  return status;
}

Result<Plan> GitHubPagesTarget::plan_rollback(const RollbackRequest& request) {
  RAXOL_ASSIGN_OR_RETURN(auto releases, this->releases());
  RAXOL_ASSIGN_OR_RETURN(Release chosen, choose_rollback_release(releases, request.to, spec_.name, spec_.name));
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  auto detail = std::make_shared<PagesPlanDetail>();
  detail->settings = settings_;
  detail->remote_url = remote_.url;
  detail->restored = chosen.id;
  detail->source.keep_files = false;
  detail->source.site_cname_wins = false;  // the custom domain is the site's, not the release's
  detail->source.message = "rollback to " + chosen.version + ": " + chosen.description;
  detail->source.author = resolve_author(settings_, context_);
  {
    RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
    RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->local_tip());
    RAXOL_ASSIGN_OR_RETURN(detail->source.site_tree,
                           subtree_of(cache->git(), chosen.id, settings_.destination_dir));
    Publisher publisher(*cache, settings_, context_);
    RAXOL_ASSIGN_OR_RETURN(detail->prepared, publisher.prepare(detail->source, tip, true));
    // The exact commit apply() will push (local only until then).
    if (!detail->prepared.unchanged())
      RAXOL_TRY(publisher.make_commit(detail->source, detail->prepared));
  }
  RAXOL_TRY(plan_site_into(*detail));
  wait_timeout_ = request.wait_timeout;
  Plan plan = make_plan(spec_.name, std::move(detail));
  plan.purpose = PlanPurpose::rollback;
  return plan;
}

}  // namespace raxol::github_pages
