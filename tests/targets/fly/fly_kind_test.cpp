// The Fly kind as the registry lists it: its settings with defaults and choices, credential
// variables, kind-only flags of deploy and rollback, facets, and a factory that refuses to
// build a target without a token.
#include "targets/fly/fly_kind.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"
#include "targets/kit/settings.h"

using namespace raxol;

namespace {

std::vector<std::string> option_names(const std::vector<OptionSpec>& options) {
  std::vector<std::string> names;
  for (const auto& option : options) names.push_back(option.name);
  return names;
}

}  // namespace

TEST_CASE("fly kind: settings / credentials / options and facets", "[fly][kind]") {
  const TargetKind kind = fly::fly_kind();
  CHECK(kind.name == "fly");
  CHECK(kind.display_name == "Fly.io");
  CHECK(kind.credential_variables == std::vector<std::string>{"FLY_API_TOKEN", "FLY_ACCESS_TOKEN"});
  const SettingSpec* config = find_setting(kind, "config");
  REQUIRE(config);
  CHECK(config->default_value == "fly.toml");
  const SettingSpec* strategy = find_setting(kind, "strategy");
  REQUIRE(strategy);
  CHECK(strategy->choices ==
        std::vector<std::string>{"rolling", "immediate", "canary", "bluegreen"});
  CHECK(find_setting(kind, "org")->default_value == "personal");
  CHECK(find_setting(kind, "bucket") == nullptr);
  CHECK(option_names(kind.deploy_options) ==
        std::vector<std::string>{"image", "strategy", "max-unavailable", "skip-release-command",
                                 "lock-wait", "dockerfile", "builder", "build-arg", "build-target",
                                 "build-secret", "label", "image-label", "ignorefile", "no-cache",
                                 "build-only", "push"});
  CHECK(option_names(kind.rollback_options) ==
        std::vector<std::string>{"strategy", "with-release-command", "lock-wait"});
  CHECK(kind.deploy_options[2].type == OptionType::number);
  CHECK(kind.deploy_options[4].type == OptionType::duration);
  CHECK(kind.facets ==
        std::vector<Facet>{Facet::secrets, Facet::certificates, Facet::logs, Facet::exec});
  CHECK(kind.capabilities.websockets.supported);
  REQUIRE(kind.create);
}

TEST_CASE("fly kind: a wrong setting is refused with its location", "[fly][kind][errors]") {
  TargetSpec spec;
  spec.name = "fly";
  spec.kind = "fly";
  spec.settings = {{"strategy", "sideways"}};
  spec.setting_sources["strategy"] = {{"raxol-deploy.toml", 4, 1}, {"raxol-deploy.toml", 4, 12}};
  Diagnostics warnings;
  auto status = check_settings(fly::fly_kind(), spec, warnings);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().kind == ErrorKind::config);
  CHECK(status.error().message.rfind("raxol-deploy.toml:4:12: targets.fly.strategy: ", 0) == 0);
}

TEST_CASE("fly kind: the factory needs a token and never prints it", "[fly][kind]") {
  fly::test::FlyTestContext fly;
  fly.env().set("FLY_API_TOKEN", std::nullopt);
  TargetSpec spec;
  spec.name = "fly";
  spec.kind = "fly";
  spec.settings = {{"app", "web"}};
  Diagnostics warnings;
  const TargetKind kind = fly::fly_kind();
  REQUIRE(check_settings(kind, spec, warnings).ok());
  auto refused = kind.create(spec, Settings(spec), fly.context());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::auth);

  fly.env().set("FLY_API_TOKEN", "fm2_secret-token-value");
  auto made = kind.create(spec, Settings(spec), fly.context());
  REQUIRE(made.ok());
  CHECK((*made)->spec().name == "fly");
  CHECK((*made)->secrets() != nullptr);
  CHECK((*made)->certificates() != nullptr);
  CHECK((*made)->logs() != nullptr);
  CHECK((*made)->exec() != nullptr);
  // The token is registered for redaction as soon as the target exists.
  CHECK(fly.context().redactor.redact("token fm2_secret-token-value") == "token [REDACTED]");
}
