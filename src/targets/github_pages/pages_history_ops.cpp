// Status, releases and rollback of the GitHub Pages target: all read the branch history
// through the cache (a fetch changes nothing remote).
#include "targets/github_pages/pages_target.h"
#include "targets/github_pages/publish/publisher.h"
#include "targets/github_pages/publish_inputs.h"

namespace raxol::github_pages {

namespace {

constexpr int kHistoryLimit = 100;

Release to_release(const PublishCommit& commit, bool current) {
  Release release;
  release.id = commit.sha;
  release.version = short_sha(commit.sha);
  release.status = "published";
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
    status.health = "not deployed";
    status.url = site_url("", remote_, settings_.destination_dir);
    return status;
  }
  status.release = short_sha(commits.front().sha);
  status.details["commit"] = commits.front().sha;
  status.details["published_at"] = commits.front().date;
  status.health = "healthy";
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
          status.health = "down";
        else if (latest.commit != tip || latest.status != "built")
          status.health = "degraded";
      }
    } else if (site.ok()) {
      status.health = "degraded";
      status.details["site"] = nullptr;
      status.details["note"] = "GitHub Pages is not enabled for " + remote_.slug();
    } else {
      status.details["note"] = site.error().message;
    }
  }
  status.url = site_url(html_url, remote_, settings_.destination_dir);
  return status;
}

Result<Outcome> GitHubPagesTarget::rollback(const RollbackRequest& request,
                                            Progress& /*progress*/) {
  RAXOL_ASSIGN_OR_RETURN(auto commits, history(kHistoryLimit));
  if (commits.empty())
    return make_error(ErrorKind::not_found,
                      spec_.name + " has no publishes on " + settings_.branch + " to roll back to");
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  PublishCommit chosen;
  if (request.to.empty()) {
    if (commits.size() < 2)
      return make_error(ErrorKind::not_found, "no earlier publish of " + spec_.name +
                                                  " to roll back to (only " +
                                                  short_sha(commits.front().sha) + ")");
    chosen = commits[1];
  } else {
    auto sha = resolve_commit_on(cache->git(), request.to, cache->tracking_ref());
    if (!sha.ok()) {
      Error error = sha.error();
      error.notes.push_back("see `raxol-deploy releases " + spec_.name + "` for the publishes");
      return error;
    }
    chosen.sha = *sha;
    chosen.subject = "commit " + short_sha(*sha);
    for (const auto& commit : commits)
      if (commit.sha == *sha) chosen = commit;
  }
  context_.ui.step("Rolling back " + spec_.name + " to " + short_sha(chosen.sha) + " (" +
                   chosen.subject + ")");

  auto detail = std::make_shared<PagesPlanDetail>();
  detail->settings = settings_;
  detail->remote_url = remote_.url;
  detail->source.keep_files = false;
  detail->source.site_cname_wins = false;  // the custom domain is the site's, not the release's
  detail->source.message = "rollback to " + short_sha(chosen.sha) + ": " + chosen.subject;
  detail->source.author = resolve_author(settings_, context_);
  {
    RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
    RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->local_tip());
    RAXOL_ASSIGN_OR_RETURN(detail->source.site_tree,
                           subtree_of(cache->git(), chosen.sha, settings_.destination_dir));
    Publisher publisher(*cache, settings_, context_);
    RAXOL_ASSIGN_OR_RETURN(detail->prepared, publisher.prepare(detail->source, tip, true));
  }
  RAXOL_TRY(plan_site_into(*detail));
  wait_timeout_ = request.overrides.wait_timeout;
  if (request.dry_run) {
    Outcome outcome;
    outcome.target = spec_.name;
    outcome.result = "planned";
    outcome.release_before = short_sha(detail->prepared.parent);
    outcome.details = detail->to_json();
    return outcome;
  }
  RAXOL_ASSIGN_OR_RETURN(Outcome outcome, publish(*detail, "rolled-back"));
  outcome.details["restored"] = chosen.sha;
  return outcome;
}

}  // namespace raxol::github_pages
