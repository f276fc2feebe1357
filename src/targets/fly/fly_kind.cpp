// Everything the Fly.io kind declares, in one place. The capabilities are the platform's
// documented behaviour; docs/configuration.md lists the same settings.
#include "targets/fly/fly_kind.h"

#include "targets/fly/build/build_resolution.h"
#include "targets/fly/fly_target.h"
#include "targets/fly/strategy.h"

namespace raxol::fly {

namespace {

std::vector<SettingSpec> settings() {
  const nlohmann::json none;
  return {
      {"config", SettingType::string, false, "fly.toml",
       {}, "Path to the app's fly.toml, relative to the project directory"},
      {"app", SettingType::string, false, none, {}, "Fly app name; overrides `app` in fly.toml"},
      {"image", SettingType::string, false, none, {},
       "Image to deploy (e.g. registry.fly.io/app:tag) instead of [build] image"},
      {"strategy", SettingType::string, false, none, kStrategyNames.names(),
       "Deploy strategy; overrides [deploy] strategy in fly.toml"},
      {"org", SettingType::string, false, "personal", {},
       "Fly organization slug, used when the app has to be created"},
  };
}

OptionSpec strategy_option(std::string help) {
  OptionSpec option{"strategy", OptionType::text, std::move(help)};
  option.choices = kStrategyNames.names();
  return option;
}

std::vector<OptionSpec> deploy_options() {
  std::vector<OptionSpec> options = {
      {"image", OptionType::text, "Image reference to deploy", "REF"},
      strategy_option("rolling, immediate, canary or bluegreen"),
      {"max-unavailable", OptionType::number,
       "Machines down at once: a fraction (0.33) or a count (2) (rolling)"},
      {"skip-release-command", OptionType::flag, "Do not run fly.toml's release_command"},
      {"lock-wait", OptionType::duration,
       "Wait up to DURATION for another deploy of the app to finish (e.g. 5m)"},
  };
  for (auto& option : build_options()) options.push_back(std::move(option));
  return options;
}

std::vector<OptionSpec> rollback_options() {
  return {
      strategy_option("Override the release's strategy"),
      {"with-release-command", OptionType::flag,
       "Also run fly.toml's release_command (skipped by default: migrations rarely run "
       "backwards)"},
      {"lock-wait", OptionType::duration,
       "Wait up to DURATION for another deploy of the app to finish"},
  };
}

Capabilities capabilities() {
  Capabilities c;
  c.primary_use = "Application hosting: long-running app processes in Firecracker VMs (Machines)";
  c.backend_processing = {true, "any server process (e.g. a Phoenix app)"};
  c.websockets = {true, "long-lived connections through the Fly Proxy (LiveView works)"};
  c.custom_domain = {true, "`certs add fly DOMAIN`: ACME certificate; A/AAAA or CNAME to the app"};
  c.autoscaling = {true,
                   "the Fly Proxy starts and stops existing Machines on demand "
                   "(auto_stop_machines, auto_start_machines, min_machines_running); it does not "
                   "create new ones"};
  c.deploy_method =
      "Machines API: update each Machine to the new image (rolling, immediate, "
      "canary or bluegreen), with an optional release command first";
  c.https = {true, "TLS terminated at the Fly Proxy with managed certificates; force_https redirects"};
  return c;
}

}  // namespace

TargetKind fly_kind() {
  return {.name = "fly",
          .short_name = "fly",
          .display_name = "Fly.io",
          .settings = settings(),
          .credential_variables = {"FLY_API_TOKEN", "FLY_ACCESS_TOKEN"},
          .deploy_options = deploy_options(),
          .rollback_options = rollback_options(),
          .facets = {Facet::secrets, Facet::certificates, Facet::logs, Facet::exec},
          .capabilities = capabilities(),
          .create = make_fly_target};
}

}  // namespace raxol::fly
