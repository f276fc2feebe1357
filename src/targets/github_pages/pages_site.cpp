#include "targets/github_pages/pages_site.h"

#include "targets/github_pages/git/git.h"

namespace raxol::github_pages {

namespace {
constexpr const char* kSourcePath = "/";
}  // namespace

bool SitePlan::serves_branch() const { return create || (site && site->build_type != "workflow"); }

Result<SitePlan> plan_site(PagesClient& client, const PagesSettings& settings) {
  SitePlan plan;
  RAXOL_ASSIGN_OR_RETURN(plan.site, client.get_site());
  std::string have_cname;
  bool have_https = false;
  if (!plan.site) {
    plan.create = true;
  } else {
    const PagesSite& site = *plan.site;
    have_cname = site.cname;
    have_https = site.https_enforced;
    if (site.build_type == "workflow") {
      // Switching it would break the workflow that deploys this site today: say so instead.
      plan.warning = "the Pages site of " + client.owner() + "/" + client.repo() +
                     " is built by a workflow (build_type workflow), so a push to " +
                     settings.branch +
                     " is not what it serves; set its source to \"Deploy from "
                     "a branch\" or deploy with actions/deploy-pages";
    } else if (site.source_branch != settings.branch) {
      plan.changes.body["source"] = {{"branch", settings.branch}, {"path", kSourcePath}};
      plan.changes.descriptions.push_back("source " + site.source_branch + ":" + site.source_path +
                                          " -> " + settings.branch + ":" + kSourcePath);
    }
  }
  if (!settings.cname.empty() && have_cname != settings.cname) {
    plan.changes.body["cname"] = settings.cname;
    plan.changes.descriptions.push_back("custom domain " +
                                        (have_cname.empty() ? std::string("(none)") : have_cname) +
                                        " -> " + settings.cname);
  }
  // GitHub refuses to enforce HTTPS for a custom domain before its certificate is approved
  // (404 "The certificate does not exist yet"): wait for `certs check` to do it then.
  const bool new_domain = plan.changes.body.contains("cname");
  const std::string domain = new_domain ? settings.cname : have_cname;
  const bool certificate_ready =
      domain.empty() || (!new_domain && plan.site && plan.site->certificate.approved());
  if (settings.https_enforced && *settings.https_enforced && !have_https && !certificate_ready) {
    plan.https_deferred = "https_enforced waits for the certificate of " + domain +
                          " (not approved yet); `raxol-deploy certs check` sets it then";
  } else if (settings.https_enforced && have_https != *settings.https_enforced) {
    plan.changes.body["https_enforced"] = *settings.https_enforced;
    plan.changes.descriptions.push_back(std::string("https_enforced -> ") +
                                        (*settings.https_enforced ? "true" : "false"));
  }
  return plan;
}

Result<PagesSite> apply_site(PagesClient& client, const SitePlan& plan,
                             const PagesSettings& settings) {
  PagesSite site = plan.site.value_or(PagesSite{});
  if (plan.create) {
    auto created = client.create_site(settings.branch, kSourcePath);
    if (created.ok()) {
      site = *created;
    } else if (created.error().kind == ErrorKind::conflict) {
      // Enabled by someone else since we looked (409): carry on with theirs.
      RAXOL_ASSIGN_OR_RETURN(auto current, client.get_site());
      if (current) site = *current;
    } else {
      return created.error();
    }
  }
  if (!plan.changes.empty()) {
    RAXOL_TRY(client.update_site(plan.changes.body));
    RAXOL_ASSIGN_OR_RETURN(auto current, client.get_site());
    if (current) site = *current;
  }
  return site;
}

namespace {
// Whether the cache knows `commit` as a descendant of `ours`; fetches once when the commit is
// not known yet (another publisher pushed it).
bool contains_commit(Git& git, const std::string& ours, const std::string& commit,
                     const std::function<Status()>& refresh) {
  GitCall known;
  known.args = {"cat-file", "-e", commit + "^{commit}"};
  auto have = git.run(known);
  if (have.ok() && have->exit_code != 0 && refresh) (void)refresh();
  GitCall ancestor;
  ancestor.args = {"merge-base", "--is-ancestor", ours, commit};
  auto contained = git.run(ancestor);
  return contained.ok() && contained->exit_code == 0;
}
}  // namespace

Result<BuildWait> wait_for_build(PagesClient& client, Git& cache_git, Context& context,
                                 const std::string& commit, std::chrono::milliseconds timeout,
                                 const std::function<Status()>& refresh) {
  using std::chrono::milliseconds;
  const auto deadline = context.clock.steady_now() + timeout;
  // Quick first polls (a small site builds in seconds), then every 10 s as GitHub suggests.
  milliseconds delay(250);
  std::string newer;  // a newer commit the latest build is of, and whether it contains ours
  bool newer_contains = false;
  while (true) {
    RAXOL_ASSIGN_OR_RETURN(auto latest, client.latest_build());
    if (latest && latest->commit == commit) {
      if (latest->status == "built") return BuildWait{"built", *latest};
      if (latest->status == "errored") {
        Error error = make_error(
            ErrorKind::failed,
            "the GitHub Pages build of " + commit.substr(0, 7) + " errored" +
                (latest->error_message.empty() ? std::string() : ": " + latest->error_message));
        error.notes.push_back(
            "the commit is on the branch; the site still serves the previous "
            "build. Fix and deploy again, or roll back");
        return error;
      }
    } else if (latest && !latest->commit.empty()) {
      // Another publish landed after ours: ours may have been built before it, or be part of it.
      RAXOL_ASSIGN_OR_RETURN(auto builds, client.list_builds(30));
      for (const auto& build : builds)
        if (build.commit == commit && build.status == "built") return BuildWait{"built", build};
      if (latest->commit != newer) {
        newer = latest->commit;
        newer_contains = contains_commit(cache_git, commit, newer, refresh);
      }
      if (newer_contains && latest->status == "built") return BuildWait{"superseded", *latest};
    }
    if (context.cancel.requested())
      return make_error(ErrorKind::interrupted, "stopped waiting for the GitHub Pages build");
    if (context.clock.steady_now() + delay > deadline) {
      Error error = make_error(ErrorKind::timeout,
                               "GitHub Pages has not built " + commit.substr(0, 7) + " after " +
                                   std::to_string(timeout.count() / 1000) + " s");
      error.notes.push_back(
          "the commit is pushed; GitHub may still build it (see the "
          "repository's Pages settings)");
      return error;
    }
    context.clock.sleep_for(delay);
    delay = std::min(delay * 2, milliseconds(10'000));
  }
}

}  // namespace raxol::github_pages
