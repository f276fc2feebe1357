#include "targets/cloudflare_pages/deploy/pages_apply.h"

#include <cmath>
#include <unordered_set>

#include "targets/cloudflare_pages/deploy/deploy_cache.h"
#include "targets/cloudflare_pages/deploy/deployment_steps.h"
#include "targets/cloudflare_pages/deploy/site_manifest.h"

namespace raxol::cloudflare_pages {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  auto elapsed = std::chrono::steady_clock::now() - start;
  return std::round(std::chrono::duration<double>(elapsed).count() * 1000) / 1000;
}

nlohmann::json summary(const PagesPlanDetail& plan, size_t uploaded, std::uint64_t uploaded_bytes,
                       const std::string& url) {
  return {{"files", plan.assets.size()},
          {"uploaded", uploaded},
          {"skipped", plan.assets.size() - uploaded},
          {"bytes", plan.total_bytes},
          {"uploaded_bytes", uploaded_bytes},
          {"seconds", seconds_since(plan.started)},
          {"url", url},
          {"project", plan.settings.project},
          {"branch", plan.branch},
          {"environment", plan.environment},
          {"warnings", plan.warnings}};
}

// check-missing for a project created by this apply (the plan could not ask).
Result<std::vector<size_t>> missing_now(PagesClient& client, UploadTokenSource& tokens,
                                        const PagesPlanDetail& plan) {
  std::vector<std::string> hashes;
  for (const auto& asset : plan.assets) hashes.push_back(asset.hash);
  RAXOL_ASSIGN_OR_RETURN(std::string jwt, tokens.current());
  RAXOL_ASSIGN_OR_RETURN(auto missing, client.check_missing(jwt, hashes));
  std::unordered_set<std::string> lacking(missing.begin(), missing.end());
  std::vector<size_t> indices;
  for (size_t i = 0; i < plan.assets.size(); ++i)
    if (lacking.count(plan.assets[i].hash) != 0) indices.push_back(i);
  return indices;
}

}  // namespace

Result<Outcome> apply_pages_plan(Context& context, PagesClient& client, const Plan& plan,
                                 const ApplyOptions& options) {
  auto detail = std::dynamic_pointer_cast<const PagesPlanDetail>(plan.detail);
  if (!detail) return make_error(ErrorKind::internal, "not a Cloudflare Pages plan");
  const PagesPlanDetail& pages = *detail;
  const std::string& project = pages.settings.project;
  Ui& ui = context.ui;

  Outcome outcome;
  outcome.target = plan.target;
  outcome.release_before = pages.current ? pages.current->short_id : std::string();
  if (plan.no_changes()) {
    outcome.result = RunResult::unchanged;
    outcome.release_after = outcome.release_before;
    outcome.url = pages.current->preferred_url();
    outcome.details = summary(pages, 0, 0, outcome.url);
    outcome.details["deployment_id"] = pages.current->id;
    ui.success(project + ": deployment " + pages.current->short_id + " on " + pages.branch +
               " already serves these " + std::to_string(pages.assets.size()) +
               " files; nothing to do");
    return outcome;
  }

  if (!pages.project) {
    ui.step("Creating Cloudflare Pages project " + project);
    RAXOL_TRY(client.create_project(project, pages.production_branch));
  }
  UploadTokenSource tokens(client, project, context.clock, context.redactor, pages.jwt);
  std::vector<size_t> missing = pages.missing;
  if (!pages.project) {
    // The plan could only check the default limit; the new project's token has the real one.
    RAXOL_ASSIGN_OR_RETURN(UploadJwt claims, tokens.claims());
    RAXOL_TRY(check_file_count(pages.settings, pages.assets.size(), claims.max_file_count));
    RAXOL_ASSIGN_OR_RETURN(missing, missing_now(client, tokens, pages));
  }

  UploadStats uploaded;
  if (!missing.empty()) {
    std::vector<const Asset*> assets;
    for (size_t index : missing) assets.push_back(&pages.assets[index]);
    ui.step("Uploading " + std::to_string(assets.size()) + " of " +
            std::to_string(pages.assets.size()) + " files");
    auto progress = ui.start_progress("uploading", "bytes");
    UploaderOptions upload = options.upload;
    upload.progress = progress.get();
    upload.cancel = &context.cancel;
    RAXOL_ASSIGN_OR_RETURN(uploaded, upload_assets(client, tokens, pages.root, assets, upload));
    progress->finish({});
  }
  std::vector<std::string> hashes;
  for (const auto& asset : pages.assets) hashes.push_back(asset.hash);
  std::vector<std::string> warnings = pages.warnings;
  if (auto jwt = tokens.current(); jwt.ok()) {
    // The service uses it to keep the assets; a failure does not stop the deploy (wrangler
    // only warns too), but it is reported rather than passed over.
    if (Status upserted = client.upsert_hashes(*jwt, hashes); !upserted.ok()) {
      ui.warn("could not refresh the asset hashes: " + upserted.error().message);
      warnings.push_back("upsert-hashes failed: " + upserted.error().message);
    }
  }

  DeploymentForm form;
  form.manifest = manifest_json(pages.assets);
  form.branch = pages.branch;
  form.commit_hash = pages.commit.hash;
  form.commit_message = pages.commit.message;
  form.commit_dirty = pages.commit.dirty;
  form.headers = pages.headers;
  form.redirects = pages.redirects;
  ui.step("Creating the deployment of " + project + " (" + pages.environment + ", branch " +
          pages.branch + ")");
  RAXOL_ASSIGN_OR_RETURN(Deployment created,
                         create_deployment(client, context.clock, project, form));
  WaitOptions wait;
  wait.timeout = pages.wait_timeout;
  wait.cancel = &context.cancel;
  RAXOL_ASSIGN_OR_RETURN(Deployment done,
                         wait_for_deployment(client, context.clock, project, created, wait));
  DeployCache(context.fs, context.env, pages.account, project).remember(done.id, pages.digest);

  outcome.result = RunResult::deployed;
  outcome.release_after = done.short_id;
  outcome.url = done.url;
  outcome.details = summary(pages, uploaded.files, uploaded.bytes, done.url);
  outcome.details["warnings"] = warnings;
  outcome.details["deployment_id"] = done.id;
  outcome.details["aliases"] = done.aliases;
  outcome.details["upload_requests"] = uploaded.requests;
  outcome.details["token_fetches"] = tokens.fetches() + (pages.jwt ? 1 : 0);
  ui.success(project + ": deployed " + std::to_string(pages.assets.size()) +
             (pages.assets.size() == 1 ? " file (" : " files (") + std::to_string(uploaded.files) +
             " uploaded) to " + done.url);
  return outcome;
}

}  // namespace raxol::cloudflare_pages
