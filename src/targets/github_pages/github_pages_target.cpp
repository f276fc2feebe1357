#include "targets/github_pages/github_pages_target.h"

#include "targets/github_pages/pages_target.h"
#include "targets/github_pages/publish_inputs.h"

namespace raxol::github_pages {

namespace fs = std::filesystem;

namespace {
constexpr std::chrono::minutes kDefaultWait{10};
}  // namespace

GitHubPagesTarget::GitHubPagesTarget(TargetSpec spec, Context& context, PagesSettings settings,
                                     GitHubEndpoints endpoints, Remote remote)
    : spec_(std::move(spec)),
      context_(context),
      settings_(std::move(settings)),
      endpoints_(std::move(endpoints)),
      remote_(std::move(remote)),
      project_dir_(fs::current_path()) {
  if (remote_.on_github() && !endpoints_.token.empty())
    client_ = std::make_unique<PagesClient>(context_.http, endpoints_, remote_.owner, remote_.name);
}

Result<CacheRepo*> GitHubPagesTarget::open_cache() {
  if (!cache_) {
    GitAuth auth;
    if (remote_.send_token) {
      std::string credentials = basic_credentials(endpoints_.token);
      context_.redactor.add(credentials);
      auth = {remote_.auth_scope, "Authorization: Basic " + credentials};
    }
    RAXOL_ASSIGN_OR_RETURN(cache_, CacheRepo::open(context_, project_dir_, remote_,
                                                   settings_.branch, std::move(auth)));
  }
  return cache_.get();
}

Result<Plan> GitHubPagesTarget::plan(const DeployRequest& request) {
  if (!request.options.text("branch").empty()) settings_.branch = request.options.text("branch");
  fs::path directory = project_dir_ / settings_.directory;
  if (!fs::is_directory(directory))
    return make_error(ErrorKind::config, spec_.source.to_string() + ": targets." + spec_.name +
                                             ".directory: " + directory.string() +
                                             " is not a directory (build the site first?)");
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  auto detail = std::make_shared<PagesPlanDetail>();
  detail->settings = settings_;
  detail->remote_url = remote_.url;
  std::string source_commit = resolve_source_commit(request, context_);
  detail->source.message = publish_message(settings_, request, source_commit);
  detail->source.author = resolve_author(settings_, context_);
  detail->source.keep_files = settings_.keep_files;
  // A performance dashboard's runs are immutable and may come from several publishers: runs
  // on the branch are never removed by a publish (docs/performance.md).
  // Its pages are rendered over every run, so after a lost race the caller renders them
  // again over the new tip's runs rather than have ours re-applied as they are.
  if (fs::is_directory(directory / "data" / "runs")) {
    detail->source.append_only = {"data/runs"};
    detail->source.reapply_on_race = false;
    // `perf prune` lists the runs that do go in data/pruned.json.
    auto text = context_.fs.read_file(directory / "data" / "pruned.json");
    auto pruned = nlohmann::json::parse(text.ok() ? *text : std::string(), nullptr, false);
    if (pruned.is_object() && pruned.contains("runs") && pruned["runs"].is_array())
      for (const auto& path : pruned["runs"])
        if (path.is_string()) detail->source.removed.insert(path.get<std::string>());
  }
  {
    RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
    RAXOL_ASSIGN_OR_RETURN(std::string tip, cache->fetch());
    RAXOL_ASSIGN_OR_RETURN(
        detail->source.site_tree,
        build_directory_tree(*cache, fs::absolute(directory), settings_.exclude));
    Publisher publisher(*cache, settings_, context_);
    RAXOL_ASSIGN_OR_RETURN(detail->prepared, publisher.prepare(detail->source, tip, true));
    // The exact commit apply() will push (local only until then).
    if (!detail->prepared.unchanged())
      RAXOL_TRY(publisher.make_commit(detail->source, detail->prepared));
  }
  RAXOL_TRY(plan_site_into(*detail));
  wait_timeout_ = request.wait_timeout;
  return make_plan(spec_.name, std::move(detail));
}

Status GitHubPagesTarget::plan_site_into(PagesPlanDetail& detail) {
  if (!client_) {
    detail.rest_note =
        remote_.on_github()
            ? "GITHUB_TOKEN (or GH_TOKEN) is not set: the Pages site is not "
              "checked and the build is not waited for"
            : "the repository is not on " + endpoints_.server_url + ": no Pages site to check";
    if (remote_.on_github()) context_.ui.warn(detail.rest_note);
    return {};
  }
  auto site = plan_site(*client_, settings_);
  if (!site.ok() && site.error().kind == ErrorKind::auth) {
    // The token may push (contents: write) without seeing the Pages settings.
    detail.rest_note = site.error().message;
    context_.ui.warn(detail.rest_note + "; publishing without checking the Pages site");
    return {};
  }
  if (!site.ok()) return site.error();
  if (!site->warning.empty()) context_.ui.warn(site->warning);
  if (!site->https_deferred.empty()) context_.ui.info(spec_.name + ": " + site->https_deferred);
  detail.site = std::move(site).value();
  detail.wait = settings_.wait && detail.site->serves_branch();
  return {};
}

// Pushing is one step; the result lines say what happened, so no progress bar is drawn.
Result<Outcome> GitHubPagesTarget::apply(const Plan& plan, Progress& /*progress*/) {
  auto detail = std::dynamic_pointer_cast<const PagesPlanDetail>(plan.detail);
  if (!detail) return make_error(ErrorKind::internal, "not a GitHub Pages plan");
  const RunResult result =
      plan.purpose == PlanPurpose::rollback ? RunResult::rolled_back : RunResult::deployed;
  if (plan.purpose == PlanPurpose::rollback)
    context_.ui.step("Rolling back " + spec_.name + " to " + short_sha(detail->restored) + " (" +
                     detail->source.message + ")");
  RAXOL_ASSIGN_OR_RETURN(Outcome outcome, publish(*detail, result));
  if (!detail->restored.empty()) outcome.details["restored"] = detail->restored;
  return outcome;
}

Result<Outcome> GitHubPagesTarget::publish(const PagesPlanDetail& detail, RunResult result) {
  RAXOL_ASSIGN_OR_RETURN(CacheRepo * cache, open_cache());
  Outcome outcome;
  outcome.target = spec_.name;
  outcome.release_before = short_sha(detail.prepared.parent);
  PushOutcome pushed;
  {
    RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
    Publisher publisher(*cache, settings_, context_);
    RAXOL_ASSIGN_OR_RETURN(pushed, publisher.push(detail.source, detail.prepared));
  }
  const std::string where =
      settings_.branch +
      (settings_.destination_dir.empty() ? std::string() : ":" + settings_.destination_dir + "/");
  if (pushed.unchanged) {
    context_.ui.success(spec_.name + ": " + where + " unchanged; no commit made");
  } else {
    context_.ui.success(
        spec_.name + ": pushed " + short_sha(pushed.commit) + " to " + where + " (" +
        describe_diff(pushed.diff, 0, false) + ")" +
        (pushed.attempts > 1 ? ", re-applied on top of a concurrent publish" : std::string()));
  }
  outcome.release_after = short_sha(pushed.commit);
  outcome.details = {{"commit", pushed.commit},
                     {"parent", pushed.parent},
                     {"branch", settings_.branch},
                     {"destination_dir", settings_.destination_dir},
                     {"attempts", pushed.attempts},
                     {"files_added", pushed.diff.added.size()},
                     {"files_changed", pushed.diff.changed.size()},
                     {"files_removed", pushed.diff.removed.size()},
                     {"message", detail.source.message}};
  bool site_changed = false;
  std::string html_url;
  if (detail.site && client_) {
    const SitePlan& site_plan = *detail.site;
    if (site_plan.create || !site_plan.changes.empty()) {
      RAXOL_ASSIGN_OR_RETURN(PagesSite site, apply_site(*client_, site_plan, settings_));
      html_url = site.html_url;
      site_changed = true;
      context_.ui.info(spec_.name + ": Pages site " +
                       (site_plan.create ? std::string("enabled for ") + settings_.branch
                                         : std::string("updated")));
    } else if (site_plan.site) {
      html_url = site_plan.site->html_url;
    }
  }
  outcome.url = site_url(html_url, remote_, settings_.destination_dir);
  outcome.result = pushed.unchanged && !site_changed ? RunResult::unchanged : result;
  if (!pushed.unchanged && detail.wait && client_) {
    auto timeout = wait_timeout_
                       ? std::chrono::duration_cast<std::chrono::milliseconds>(*wait_timeout_)
                       : std::chrono::milliseconds(kDefaultWait);
    context_.ui.step("Waiting for GitHub Pages to build " + short_sha(pushed.commit));
    auto refresh = [cache]() -> Status {
      RAXOL_ASSIGN_OR_RETURN(auto lock, cache->lock());
      RAXOL_TRY(cache->fetch());
      return {};
    };
    RAXOL_ASSIGN_OR_RETURN(BuildWait waited, wait_for_build(*client_, cache->git(), context_,
                                                            pushed.commit, timeout, refresh));
    outcome.details["build"] = {{"status", waited.build.status},
                                {"commit", waited.build.commit},
                                {"duration_ms", waited.build.duration_ms},
                                {"result", waited.result}};
    context_.ui.success(spec_.name + ": GitHub Pages " +
                        (waited.result == "superseded"
                             ? "built " + short_sha(waited.build.commit) + ", which includes " +
                                   short_sha(pushed.commit)
                             : "built " + short_sha(pushed.commit)));
  }
  return outcome;
}

Result<std::unique_ptr<Target>> make_github_pages_target(const TargetSpec& spec,
                                                         const Settings& checked,
                                                         Context& context) {
  RAXOL_ASSIGN_OR_RETURN(PagesSettings settings, read_pages_settings(checked));
  GitHubEndpoints endpoints = endpoints_from_environment(context.env);
  if (!endpoints.token.empty()) context.redactor.add(endpoints.token);
  std::string origin = settings.repository.empty() ? origin_url(context) : std::string();
  RAXOL_ASSIGN_OR_RETURN(Remote remote, resolve_remote(settings.repository, origin, endpoints));
  if (remote.credentials_stripped)
    context.ui.warn(spec.name +
                    ": the repository URL carries credentials; they are not used "
                    "(set GITHUB_TOKEN instead)");
  return std::unique_ptr<Target>(std::make_unique<GitHubPagesTarget>(
      spec, context, std::move(settings), std::move(endpoints), std::move(remote)));
}

}  // namespace raxol::github_pages
