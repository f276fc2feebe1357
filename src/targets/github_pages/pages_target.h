// The GitHub Pages Target's class, shared by the files that implement it:
// github_pages_target.cpp (plan, apply, the factory) and pages_history_ops.cpp (status,
// releases, rollback).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/github_pages/api/pages_client.h"
#include "targets/github_pages/git/remote.h"
#include "targets/github_pages/pages_plan.h"
#include "targets/github_pages/pages_settings.h"
#include "targets/github_pages/publish/cache_repo.h"
#include "targets/github_pages/publish/history.h"

namespace raxol::github_pages {

class GitHubPagesTarget : public Target {
 public:
  GitHubPagesTarget(TargetSpec spec, Context& context, PagesSettings settings,
                    GitHubEndpoints endpoints, Remote remote);

  std::string kind() const override { return "github-pages"; }
  const TargetSpec& spec() const override { return spec_; }

  Result<Plan> plan(const DeployRequest& request) override;
  Result<Outcome> apply(const Plan& plan, Progress& progress) override;
  Result<TargetStatus> status() override;
  Result<std::vector<Release>> releases() override;
  Result<Outcome> rollback(const RollbackRequest& request, Progress& progress) override;

 private:
  // The cache repository, opened (and created) on first use.
  Result<CacheRepo*> open_cache();
  // Fills detail.site (or detail.rest_note when the REST API is not used) and detail.wait.
  Status plan_site_into(PagesPlanDetail& detail);
  // Pushes the plan's commit, applies site changes, waits for the build.
  Result<Outcome> publish(const PagesPlanDetail& detail, const std::string& result_word);
  // Fetches and returns the publishes of the destination, newest first.
  Result<std::vector<PublishCommit>> history(int limit);

  TargetSpec spec_;
  Context& context_;
  PagesSettings settings_;
  GitHubEndpoints endpoints_;
  Remote remote_;
  std::filesystem::path project_dir_;
  std::unique_ptr<CacheRepo> cache_;
  std::unique_ptr<PagesClient> client_;
  std::optional<std::chrono::seconds> wait_timeout_;
};

}  // namespace raxol::github_pages
