// The GitHub Pages Target's class, shared by the files that implement it:
// github_pages_target.cpp (plan, apply, the factory), pages_history_ops.cpp (status,
// releases, rollback) and pages_facet_ops.cpp (secrets and custom domain facets).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "raxol/context.h"
#include "raxol/facets.h"
#include "raxol/target.h"
#include "targets/github_pages/api/pages_client.h"
#include "targets/github_pages/git/remote.h"
#include "targets/github_pages/pages_plan.h"
#include "targets/github_pages/pages_settings.h"
#include "targets/github_pages/publish/cache_repo.h"
#include "targets/github_pages/publish/history.h"

namespace raxol::github_pages {

class GitHubPagesTarget : public Target, public PublishedFilesFacet {
 public:
  GitHubPagesTarget(TargetSpec spec, Context& context, PagesSettings settings,
                    GitHubEndpoints endpoints, Remote remote);

  const TargetSpec& spec() const override { return spec_; }

  Result<Plan> plan(const DeployRequest& request) override;
  Result<Plan> plan_rollback(const RollbackRequest& request) override;
  Result<Outcome> apply(const Plan& plan, Progress& progress) override;
  Result<TargetStatus> status() override;
  Result<std::vector<Release>> releases() override;

  // Actions repository secrets (secrets/pages_secrets.h).
  SecretsFacet* secrets() override;
  // The Pages site's custom domain (domain/pages_domain.h).
  CertificatesFacet* certificates() override;
  // The files under the destination on the branch's tip (fetched first).
  PublishedFilesFacet* published_files() override { return this; }
  Result<std::map<std::string, std::string>> published_files(const std::string& folder) override;

 private:
  // Commits the branch's root CNAME as `domain` ("" removes it) through the publisher, under
  // the cache's lock.
  Result<PushOutcome> publish_cname(const std::string& domain, const std::string& message);
  // Why the REST API cannot be used (nullopt when it can): auth without a token, unsupported
  // for a repository that is not on the GitHub server.
  std::optional<Error> rest_unavailable() const;

  // The cache repository, opened (and created) on first use.
  Result<CacheRepo*> open_cache();
  // Fills detail.site (or detail.rest_note when the REST API is not used) and detail.wait.
  Status plan_site_into(PagesPlanDetail& detail);
  // Pushes the plan's commit, applies site changes, waits for the build.
  Result<Outcome> publish(const PagesPlanDetail& detail, RunResult result);
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
  std::unique_ptr<SecretsFacet> secrets_;
  std::unique_ptr<CertificatesFacet> domain_;
  std::optional<std::chrono::seconds> wait_timeout_;
};

}  // namespace raxol::github_pages
