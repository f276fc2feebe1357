#include "targets/cloudflare_pages/deploy/pages_plan.h"

#include <unordered_set>

#include "targets/cloudflare_pages/deploy/deploy_cache.h"
#include "targets/cloudflare_pages/deploy/site_manifest.h"

namespace raxol::cloudflare_pages {

namespace {

Result<SiteWalk> walk(const PagesSettings& settings) {
  IgnoreFile ignore;
  WalkOptions options;
  options.root = settings.directory;
  options.display_root = settings.directory;
  if (!settings.ignore_file.empty()) {
    RAXOL_ASSIGN_OR_RETURN(ignore, IgnoreFile::load(settings.ignore_file));
    options.ignore = &ignore;
    options.ignore_file = settings.ignore_file;
  }
  return walk_site(options);
}

}  // namespace

Status check_file_count(const PagesSettings& settings, size_t files, size_t allowed) {
  if (files <= allowed) return {};
  Error error = make_error(ErrorKind::config,
                           settings.directory + " holds " + std::to_string(files) +
                               " files; Cloudflare Pages allows " + std::to_string(allowed) +
                               " per deployment for this project (max_file_count_allowed)");
  error.notes.push_back("leave files out with an ignore file (setting `ignore_file`)");
  return error;
}

namespace {

// The deployment the branch serves now: production's canonical deployment, or the newest
// successful deployment of a preview branch.
Result<std::optional<Deployment>> current_deployment(PagesClient& client, const Project& project,
                                                     const std::string& branch, bool production) {
  if (production) return project.canonical;
  RAXOL_ASSIGN_OR_RETURN(auto previews, client.list_deployments(project.name, "preview"));
  for (const auto& deployment : previews)
    if (deployment.branch == branch && deployment.succeeded())
      return std::optional<Deployment>(deployment);
  return std::optional<Deployment>();
}

std::string count_files(size_t count) {
  return std::to_string(count) + (count == 1 ? " file" : " files");
}

}  // namespace

nlohmann::json PagesPlanDetail::to_json() const {
  nlohmann::json upload = nlohmann::json::array();
  for (size_t i = 0; i < missing.size() && i < 1000; ++i) upload.push_back(assets[missing[i]].path);
  return {{"project", settings.project},
          {"project_exists", project.has_value()},
          {"branch", branch},
          {"environment", environment},
          {"commit_hash", commit.hash},
          {"digest", digest},
          {"current_deployment", current ? current->id : std::string()},
          {"upload", upload},
          {"upload_listed", upload.size()},
          {"warnings", warnings}};
}

Result<Plan> plan_pages_deploy(Context& context, PagesClient& client, const TargetSpec& spec,
                               const PagesSettings& settings, const DeployRequest& request) {
  auto detail = std::make_shared<PagesPlanDetail>();
  detail->started = std::chrono::steady_clock::now();
  detail->settings = settings;
  if (request.wait_timeout) detail->wait_timeout = *request.wait_timeout;
  // Local checks first: bad input fails before any request is sent.
  RAXOL_ASSIGN_OR_RETURN(SiteWalk site, walk(settings));
  detail->warnings = site.warnings;
  for (const auto& warning : site.warnings) context.ui.warn(warning);
  detail->headers = site.headers;
  detail->redirects = site.redirects;
  detail->total_bytes = site.total_bytes;
  detail->root = site.root;

  RAXOL_ASSIGN_OR_RETURN(detail->account, client.account_id());
  RAXOL_ASSIGN_OR_RETURN(detail->project, client.get_project(settings.project));
  detail->production_branch =
      detail->project ? detail->project->production_branch : settings.production_branch;
  const std::string requested_branch = request.options.text("branch");
  detail->branch = !requested_branch.empty()  ? requested_branch
                   : !settings.branch.empty() ? settings.branch
                                              : detail->production_branch;
  const bool production = detail->branch == detail->production_branch;
  detail->environment = production ? "production" : "preview";
  if (detail->project) {
    RAXOL_ASSIGN_OR_RETURN(detail->jwt, client.upload_token(settings.project));
    context.redactor.add(detail->jwt->token);
    RAXOL_TRY(check_file_count(settings, site.files.size(), detail->jwt->max_file_count));
  } else {
    RAXOL_TRY(check_file_count(settings, site.files.size(), kDefaultMaxAssetCount));
  }

  auto progress = context.ui.start_progress("hashing", "bytes");
  HashOptions hashing;
  hashing.progress = progress.get();
  hashing.cancel = &context.cancel;
  RAXOL_ASSIGN_OR_RETURN(detail->assets, hash_site(site.root, site.files, hashing));
  progress->finish({});
  detail->digest = site_digest(detail->assets, detail->headers, detail->redirects);
  detail->commit = resolve_commit_info(request, context.processes);

  if (detail->project) {
    std::vector<std::string> hashes;
    for (const auto& asset : detail->assets) hashes.push_back(asset.hash);
    RAXOL_ASSIGN_OR_RETURN(auto missing, client.check_missing(detail->jwt->token, hashes));
    std::unordered_set<std::string> lacking(missing.begin(), missing.end());
    for (size_t i = 0; i < detail->assets.size(); ++i)
      if (lacking.count(detail->assets[i].hash) != 0) detail->missing.push_back(i);
    RAXOL_ASSIGN_OR_RETURN(
        detail->current, current_deployment(client, *detail->project, detail->branch, production));
    if (detail->current && detail->missing.empty()) {
      DeployCache cache(context.fs, context.env, detail->account, settings.project);
      detail->current_matches = cache.digest_of(detail->current->id) == detail->digest;
    }
  } else {
    for (size_t i = 0; i < detail->assets.size(); ++i) detail->missing.push_back(i);
  }
  for (size_t index : detail->missing) detail->missing_bytes += detail->assets[index].size;

  Plan plan;
  plan.target = spec.name;
  plan.kind = "cloudflare-pages";
  if (!detail->project)
    plan.steps.push_back({"create", "project " + settings.project,
                          "production branch " + detail->production_branch});
  const size_t stored = detail->assets.size() - detail->missing.size();
  if (!detail->missing.empty())
    plan.steps.push_back({"upload", count_files(detail->missing.size()),
                          format_size(detail->missing_bytes) + " (" + std::to_string(stored) +
                              " of " + count_files(detail->assets.size()) + " already stored)"});
  if (!detail->current_matches)
    plan.steps.push_back(
        {"deploy",
         settings.project + " " + detail->environment + " (branch " + detail->branch + ")",
         count_files(detail->assets.size()) + ", " + format_size(detail->total_bytes) +
             (detail->commit.hash.empty() ? "" : ", commit " + detail->commit.hash.substr(0, 12))});
  plan.summary = {{"files", detail->assets.size()},
                  {"bytes", detail->total_bytes},
                  {"upload_files", detail->missing.size()},
                  {"upload_bytes", detail->missing_bytes},
                  {"stored_files", stored},
                  {"project", settings.project},
                  {"branch", detail->branch},
                  {"environment", detail->environment},
                  {"digest", detail->digest}};
  if (detail->current) plan.summary["current_deployment"] = detail->current->short_id;
  if (detail->current_matches)
    plan.summary["unchanged"] = "deployment " + detail->current->short_id + " on " +
                                detail->branch + " already serves these files";
  plan.detail = detail;
  return plan;
}

}  // namespace raxol::cloudflare_pages
