// What a deploy needs, resolved from fly.toml, the project file's settings and the command
// line (the command line wins, then the project file, then fly.toml), with the errors for a
// missing image or app and a bad --max-unavailable.
#include "targets/fly/deploy/fly_inputs.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_kind.h"
#include "targets/fly/fly_test_support.h"
#include "targets/kit/settings.h"

using raxol::DeployRequest;
using raxol::ErrorKind;
using raxol::fly::FlyTargetSettings;
using raxol::fly::Strategy;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::options;
using raxol::test::TempDir;

namespace {

FlyTargetSettings settings_for(const TempDir& dir, const std::string& fly_toml) {
  raxol::test::write_file(dir.path() / "fly.toml", fly_toml);
  FlyTargetSettings settings;
  settings.config = (dir.path() / "fly.toml").string();
  return settings;
}

const char* const kToml =
    "app = \"web\"\nprimary_region = \"ams\"\n[build]\n  image = \"registry.fly.io/web:toml\"\n"
    "[deploy]\n  strategy = \"canary\"\n  wait_timeout = \"2m\"\n  max_unavailable = 2\n"
    "  release_command = \"bin/migrate\"\n  release_command_timeout = \"none\"\n"
    "[processes]\n  app = \"serve\"\n  worker = \"work\"\n";

}  // namespace

TEST_CASE("fly inputs: fly.toml alone", "[fly][deploy]") {
  FlyTestContext fly;
  TempDir dir;
  auto inputs = raxol::fly::resolve_deploy_inputs(settings_for(dir, kToml), {}, "registry.fly.io",
                                                  fly.context());
  INFO((inputs.ok() ? "" : inputs.error().message));
  REQUIRE(inputs.ok());
  CHECK(inputs->app == "web");
  CHECK(inputs->org == "personal");
  CHECK(inputs->primary_region == "ams");
  CHECK(inputs->image == "registry.fly.io/web:toml");
  CHECK(inputs->strategy == Strategy::canary);
  CHECK(inputs->wait_timeout == std::chrono::seconds(120));
  CHECK(inputs->max_unavailable == 2);
  CHECK(inputs->release_command == "bin/migrate");
  CHECK(inputs->release_command_timeout == std::chrono::seconds(0));
  CHECK(inputs->release_command_config["init"]["cmd"] == nlohmann::json{"bin/migrate"});
  REQUIRE(inputs->group_configs.size() == 2);
  CHECK(inputs->group_configs.at("worker")["init"]["cmd"] == nlohmann::json{"work"});
  CHECK(inputs->definition["app"] == "web");
  CHECK(inputs->description == "deploy registry.fly.io/web:toml");
}

TEST_CASE("fly inputs: the project file and then the command line win", "[fly][deploy]") {
  FlyTestContext fly;
  TempDir dir;
  auto settings = settings_for(dir, kToml);
  settings.app = "other";
  settings.image = "registry.fly.io/web:project";
  settings.strategy = Strategy::immediate;
  settings.org = "acme";
  auto project = raxol::fly::resolve_deploy_inputs(settings, {}, "registry.fly.io", fly.context());
  REQUIRE(project.ok());
  CHECK(project->app == "other");
  CHECK(project->org == "acme");
  CHECK(project->image == "registry.fly.io/web:project");
  CHECK(project->strategy == Strategy::immediate);

  DeployRequest request;
  request.description = "hotfix";
  request.wait_timeout = std::chrono::seconds(30);
  request.options = options({{"image", "registry.fly.io/web:cli"}, {"strategy", "bluegreen"},
                             {"skip-release-command", "true"}});
  raxol::fly::test::set_number(request.options, "max-unavailable", 0.5);
  auto cli = raxol::fly::resolve_deploy_inputs(settings, request, "registry.fly.io", fly.context());
  REQUIRE(cli.ok());
  CHECK(cli->image == "registry.fly.io/web:cli");
  CHECK(cli->strategy == Strategy::bluegreen);
  CHECK(cli->wait_timeout == std::chrono::seconds(30));
  CHECK(cli->max_unavailable == 0.5);
  CHECK(cli->description == "hotfix");
  CHECK(cli->release_command.empty());
}

TEST_CASE("fly inputs: no image / a bad --max-unavailable and fly.toml errors",
          "[fly][deploy][errors]") {
  FlyTestContext fly;
  TempDir dir;
  auto no_image = raxol::fly::resolve_deploy_inputs(settings_for(dir, "app = \"web\"\n"), {},
                                                    "registry.fly.io", fly.context());
  REQUIRE_FALSE(no_image.ok());
  CHECK(no_image.error().kind == ErrorKind::usage);
  CHECK(no_image.error().message.rfind("no image to deploy: pass --image REF", 0) == 0);

  DeployRequest zero;
  raxol::fly::test::set_number(zero.options, "max-unavailable", 0);
  auto bad = raxol::fly::resolve_deploy_inputs(settings_for(dir, kToml), zero, "registry.fly.io",
                                               fly.context());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().kind == ErrorKind::usage);
  CHECK(bad.error().message.rfind("--max-unavailable must be greater than 0, got ", 0) == 0);

  auto invalid = raxol::fly::resolve_deploy_inputs(
      settings_for(dir, "app = \"web\"\n[deploy]\n  strategy = \"sideways\"\n"), {},
      "registry.fly.io", fly.context());
  REQUIRE_FALSE(invalid.ok());
  CHECK(invalid.error().kind == ErrorKind::config);
  CHECK(invalid.error().message.find("fly.toml:3:14: deploy.strategy: ") != std::string::npos);

  raxol::test::write_file(dir.path() / "fly.toml", "app = \"web\"\nbogus = 1\n[build]\n  image = \"x\"\n");
  FlyTargetSettings warned;
  warned.config = (dir.path() / "fly.toml").string();
  REQUIRE(raxol::fly::resolve_deploy_inputs(warned, {}, "registry.fly.io", fly.context()).ok());
  CHECK(fly.err().find("bogus") != std::string::npos);  // unknown keys are warnings
}

TEST_CASE("fly inputs: the app name comes from the settings or fly.toml", "[fly][deploy]") {
  TempDir dir;
  auto settings = settings_for(dir, "app = \"from-toml\"\n");
  CHECK(*raxol::fly::resolve_app_name(settings) == "from-toml");
  settings.app = "from-project";
  CHECK(*raxol::fly::resolve_app_name(settings) == "from-project");
  auto nameless = settings_for(dir, "primary_region = \"sjc\"\n");
  auto missing = raxol::fly::resolve_app_name(nameless);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::config);
  CHECK(missing.error().message.find(": app: expected the Fly app name, found nothing") !=
        std::string::npos);
  FlyTargetSettings absent;
  absent.config = (dir.path() / "missing.toml").string();
  CHECK_FALSE(raxol::fly::resolve_app_name(absent).ok());
}

TEST_CASE("fly inputs: project-file settings through the kind's table", "[fly][deploy]") {
  raxol::TargetSpec spec;
  spec.name = "fly";
  spec.kind = "fly";
  spec.settings = {{"app", "web"}, {"strategy", "bluegreen"}};
  raxol::Diagnostics warnings;
  const auto kind = raxol::fly::fly_kind();
  REQUIRE(raxol::check_settings(kind, spec, warnings).ok());
  auto settings = raxol::fly::fly_settings(raxol::Settings(spec));
  CHECK(settings.config == "fly.toml");  // the declared default
  CHECK(settings.app == "web");
  CHECK(settings.org == "personal");
  CHECK(settings.image.empty());
  CHECK(settings.strategy == Strategy::bluegreen);
  raxol::TargetSpec plain;
  plain.kind = "fly";
  REQUIRE(raxol::check_settings(kind, plain, warnings).ok());
  CHECK_FALSE(raxol::fly::fly_settings(raxol::Settings(plain)).strategy.has_value());
}
