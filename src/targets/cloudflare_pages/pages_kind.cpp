// Everything the Cloudflare Pages kind declares, in one place.
#include "targets/cloudflare_pages/pages_kind.h"

#include "targets/cloudflare_pages/pages_target.h"

namespace raxol::cloudflare_pages {

namespace {

std::vector<SettingSpec> settings() {
  const nlohmann::json none;
  return {
      {"project", SettingType::string, true, none, {}, "Cloudflare Pages project name"},
      {"directory", SettingType::string, true, none, {},
       "Directory of built static files to upload"},
      {"production_branch", SettingType::string, false, "main", {},
       "Branch whose deployments are production; any other branch is a preview"},
      {"branch", SettingType::string, false, none, {},
       "Branch to record the deployment under (a preview unless it is production_branch)"},
      {"account_id", SettingType::string, false, none, {},
       "Cloudflare account id (default: CLOUDFLARE_ACCOUNT_ID)"},
      {"ignore_file", SettingType::string, false, none, {}, "Paths to leave out (gitignore)"},
  };
}

std::vector<OptionSpec> deploy_options() {
  return {
      {"branch", OptionType::text,
       "Branch to deploy to (pages: a preview unless it is the production branch; gh-pages: the "
       "publish branch)"},
      {"commit-hash", OptionType::text,
       "Source commit recorded with the deployment (default: git HEAD)", "SHA"},
      {"commit-message", OptionType::text,
       "Source commit message recorded with the deployment (default: from git)"},
      {"commit-dirty", OptionType::text,
       "Whether the work tree had uncommitted changes: true or false (default: from git)", "BOOL",
       {"true", "false"}},
  };
}

Capabilities capabilities() {
  Capabilities c;
  c.primary_use = "Static assets on Cloudflare's CDN (sites, playgrounds, SPAs)";
  c.backend_processing = {false, "none for static assets; Pages Functions (Workers) aside"};
  c.websockets = {false, "not for static assets; only through Pages Functions / Workers"};
  c.custom_domain = {true,
                     "`certs add pages DOMAIN`: CNAME to PROJECT.pages.dev; *.pages.dev always works"};
  c.autoscaling = {false,
                   "not applicable: files are served from every edge location, nothing to scale"};
  c.deploy_method = "Direct Upload: hash the files, upload the missing ones, create a deployment";
  c.https = {true, "automatic certificates for *.pages.dev and custom domains"};
  return c;
}

}  // namespace

TargetKind pages_kind() {
  return {.name = "cloudflare-pages",
          .short_name = "pages",
          .display_name = "Cloudflare Pages",
          .settings = settings(),
          .credential_variables = {"CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "CLOUDFLARE_API_KEY",
                                   "CF_API_KEY"},
          .deploy_options = deploy_options(),
          .rollback_options = {},
          .facets = {Facet::secrets, Facet::certificates},
          .capabilities = capabilities(),
          .create = make_pages_target};
}

}  // namespace raxol::cloudflare_pages
