// The facts below are the platforms' documented behaviour; docs/configuration.md repeats the
// settings, and the comparison table is generated from the capabilities.
#include "targets/registry.h"

#include "targets/cloudflare_pages/pages_target.h"
#include "targets/fly/fly_target.h"
#include "targets/github_pages/github_pages_target.h"

namespace raxol {
namespace {

SettingSpec setting(std::string key, SettingType type, bool required, nlohmann::json default_value,
                    std::string description, std::vector<std::string> choices = {}) {
  SettingSpec spec;
  spec.key = std::move(key);
  spec.type = type;
  spec.required = required;
  spec.default_value = std::move(default_value);
  spec.choices = std::move(choices);
  spec.description = std::move(description);
  return spec;
}

Capability yes(std::string detail = {}) { return Capability{true, std::move(detail)}; }
Capability no(std::string detail = {}) { return Capability{false, std::move(detail)}; }

TargetKind fly_kind() {
  TargetKind kind;
  kind.name = "fly";
  kind.short_name = "fly";
  kind.display_name = "Fly.io";
  const nlohmann::json none;
  kind.settings = {
      setting("config", SettingType::string, false, "fly.toml",
              "Path to the app's fly.toml, relative to the project directory"),
      setting("app", SettingType::string, false, none, "Fly app name; overrides `app` in fly.toml"),
      setting("image", SettingType::string, false, none,
              "Image to deploy (e.g. registry.fly.io/app:tag) instead of [build] image"),
      setting("strategy", SettingType::string, false, none,
              "Deploy strategy; overrides [deploy] strategy in fly.toml",
              {"rolling", "immediate", "canary", "bluegreen"}),
      setting("org", SettingType::string, false, "personal",
              "Fly organization slug, used when the app has to be created"),
  };
  Capabilities& c = kind.capabilities;
  c.primary_use = "Application hosting: long-running app processes in Firecracker VMs (Machines)";
  c.backend_processing = yes("any server process (e.g. a Phoenix app)");
  c.websockets = yes("long-lived connections through the Fly Proxy (LiveView works)");
  c.custom_domain = yes("`certs add fly DOMAIN`: ACME certificate; A/AAAA or CNAME to the app");
  c.autoscaling =
      yes("the Fly Proxy starts and stops existing Machines on demand (auto_stop_machines, "
          "auto_start_machines, min_machines_running); it does not create new ones");
  c.deploy_method =
      "Machines API: update each Machine to the new image (rolling, immediate, "
      "canary or bluegreen), with an optional release command first";
  c.https = yes("TLS terminated at the Fly Proxy with managed certificates; force_https redirects");
  kind.create = fly::make_fly_target;
  return kind;
}

TargetKind cloudflare_pages_kind() {
  TargetKind kind;
  kind.name = "cloudflare-pages";
  kind.short_name = "pages";
  kind.display_name = "Cloudflare Pages";
  const nlohmann::json none;
  kind.settings = {
      setting("project", SettingType::string, true, none, "Cloudflare Pages project name"),
      setting("directory", SettingType::string, true, none,
              "Directory of built static files to upload"),
      setting("production_branch", SettingType::string, false, "main",
              "Branch whose deployments are production; any other branch is a preview"),
      setting("branch", SettingType::string, false, none,
              "Branch to record the deployment under (a preview unless it is production_branch)"),
      setting("account_id", SettingType::string, false, none,
              "Cloudflare account id (default: CLOUDFLARE_ACCOUNT_ID)"),
      setting("ignore_file", SettingType::string, false, none, "Paths to leave out (gitignore)"),
  };
  Capabilities& c = kind.capabilities;
  c.primary_use = "Static assets on Cloudflare's CDN (sites, playgrounds, SPAs)";
  c.backend_processing = no("none for static assets; Pages Functions (Workers) aside");
  c.websockets = no("not for static assets; only through Pages Functions / Workers");
  c.custom_domain =
      yes("`certs add pages DOMAIN`: CNAME to PROJECT.pages.dev; *.pages.dev always works");
  c.autoscaling = no("not applicable: files are served from every edge location, nothing to scale");
  c.deploy_method = "Direct Upload: hash the files, upload the missing ones, create a deployment";
  c.https = yes("automatic certificates for *.pages.dev and custom domains");
  kind.create = cloudflare_pages::make_pages_target;
  return kind;
}

TargetKind github_pages_kind() {
  TargetKind kind;
  kind.name = "github-pages";
  kind.short_name = "gh-pages";
  kind.display_name = "GitHub Pages";
  const nlohmann::json none;
  kind.settings = {
      setting("directory", SettingType::string, true, none, "Directory of built files to publish"),
      setting("destination_dir", SettingType::string, false, "",
              "Subdirectory of the publish branch to replace (\"performance\" -> /performance)"),
      setting("branch", SettingType::string, false, "gh-pages", "Branch GitHub Pages serves"),
      setting("repository", SettingType::string, false, none,
              "owner/name or a git URL to push to (default: the origin remote)"),
      setting("cname", SettingType::string, false, none,
              "Custom domain, written to CNAME at the branch root"),
      setting("keep_files", SettingType::boolean, false, false,
              "Keep files in the destination that the new build no longer has"),
      setting("nojekyll", SettingType::boolean, false, true,
              "Write .nojekyll so that files starting with _ are served"),
      setting("exclude", SettingType::string_list, false, none,
              "Globs (relative to directory) left out of the publish"),
      setting("message", SettingType::string, false, none, "Commit message of the publish commit"),
      setting("author", SettingType::string, false, none,
              "Commit author \"Name <email>\" (default: GITHUB_ACTOR, else git config)"),
      setting("https_enforced", SettingType::boolean, false, none,
              "Set \"Enforce HTTPS\" on the Pages site"),
      setting("wait", SettingType::boolean, false, none,
              "Wait until GitHub has built the pushed commit (default: true)"),
  };
  Capabilities& c = kind.capabilities;
  c.primary_use = "Static documentation and dashboards served from a git branch";
  c.backend_processing = no("static files only");
  c.websockets = no("static files only");
  c.custom_domain =
      yes("`certs add gh-pages DOMAIN`: CNAME file in the branch + the site's cname");
  c.autoscaling = no("not applicable: GitHub's CDN serves the files");
  c.deploy_method = "git push of a commit to the publish branch; GitHub builds and publishes it";
  c.https = yes("automatic for *.github.io and custom domains (\"Enforce HTTPS\")");
  kind.create = github_pages::make_github_pages_target;
  return kind;
}

}  // namespace

std::string setting_type_name(SettingType type) {
  switch (type) {
    case SettingType::string:
      return "a string";
    case SettingType::boolean:
      return "a boolean";
    case SettingType::string_list:
      return "an array of strings";
  }
  return "a string";
}

const std::vector<TargetKind>& target_kinds() {
  static const std::vector<TargetKind> kinds = {
      fly_kind(),
      cloudflare_pages_kind(),
      github_pages_kind(),
  };
  return kinds;
}

const TargetKind* find_target_kind(std::string_view name) {
  for (const auto& kind : target_kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

const SettingSpec* find_setting(const TargetKind& kind, std::string_view key) {
  for (const auto& spec : kind.settings)
    if (spec.key == key) return &spec;
  return nullptr;
}

std::string target_kind_names() {
  std::string names;
  for (const auto& kind : target_kinds()) names += (names.empty() ? "" : ", ") + kind.name;
  return names;
}

}  // namespace raxol
