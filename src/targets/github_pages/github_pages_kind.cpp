// Everything the GitHub Pages kind declares, in one place.
#include "targets/github_pages/github_pages_kind.h"

#include "targets/github_pages/github_pages_target.h"

namespace raxol::github_pages {

namespace {

std::vector<SettingSpec> settings() {
  const nlohmann::json none;
  return {
      {"directory", SettingType::string, true, none, {}, "Directory of built files to publish"},
      {"destination_dir", SettingType::string, false, "", {},
       "Subdirectory of the publish branch to replace (\"performance\" -> /performance)"},
      {"branch", SettingType::string, false, "gh-pages", {}, "Branch GitHub Pages serves"},
      {"repository", SettingType::string, false, none, {},
       "owner/name or a git URL to push to (default: the origin remote)"},
      {"cname", SettingType::string, false, none, {},
       "Custom domain, written to CNAME at the branch root"},
      {"keep_files", SettingType::boolean, false, false, {},
       "Keep files in the destination that the new build no longer has"},
      {"nojekyll", SettingType::boolean, false, true, {},
       "Write .nojekyll so that files starting with _ are served"},
      {"exclude", SettingType::string_list, false, none, {},
       "Globs (relative to directory) left out of the publish"},
      {"message", SettingType::string, false, none, {}, "Commit message of the publish commit"},
      {"author", SettingType::string, false, none, {},
       "Commit author \"Name <email>\" (default: GITHUB_ACTOR, else git config)"},
      {"https_enforced", SettingType::boolean, false, none, {},
       "Set \"Enforce HTTPS\" on the Pages site"},
      {"wait", SettingType::boolean, false, none, {},
       "Wait until GitHub has built the pushed commit (default: true)"},
  };
}

std::vector<OptionSpec> deploy_options() {
  return {
      {"branch", OptionType::text,
       "Branch to deploy to (pages: a preview unless it is the production branch; gh-pages: the "
       "publish branch)"},
      {"commit-hash", OptionType::text,
       "Source commit recorded with the deployment (default: git HEAD)", "SHA"},
  };
}

Capabilities capabilities() {
  Capabilities c;
  c.primary_use = "Static documentation and dashboards served from a git branch";
  c.backend_processing = {false, "static files only"};
  c.websockets = {false, "static files only"};
  c.custom_domain = {true, "`certs add gh-pages DOMAIN`: CNAME file in the branch + the site's cname"};
  c.autoscaling = {false, "not applicable: GitHub's CDN serves the files"};
  c.deploy_method = "git push of a commit to the publish branch; GitHub builds and publishes it";
  c.https = {true, "automatic for *.github.io and custom domains (\"Enforce HTTPS\")"};
  return c;
}

}  // namespace

TargetKind github_pages_kind() {
  return {.name = "github-pages",
          .short_name = "gh-pages",
          .display_name = "GitHub Pages",
          .settings = settings(),
          .credential_variables = {"GITHUB_TOKEN", "GH_TOKEN"},
          .deploy_options = deploy_options(),
          .rollback_options = {},
          .facets = {Facet::secrets, Facet::certificates},
          .capabilities = capabilities(),
          .create = make_github_pages_target};
}

}  // namespace raxol::github_pages
