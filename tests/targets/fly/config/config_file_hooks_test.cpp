// Fly's config-file hooks: `config show` builds a machine config per process group, `config
// validate` requires an app name; both pass loader warnings on as FILE:LINE lines.
#include "targets/fly/config/config_file_hooks.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::test::TempDir;
using raxol::test::write_file;

namespace {
const char* kTwoGroups = R"(app = "hooks"
primary_region = "ams"

[processes]
  web = "bin/server"
  worker = "bin/worker"

[[vm]]
  memory = "512mb"
)";
}  // namespace

TEST_CASE("fly config hooks: show converts every process group or just one",
          "[fly][config][config_file_hooks]") {
  raxol::fly::test::FlyTestContext fly;
  TempDir dir;
  write_file(dir / "fly.toml", kTwoGroups);
  const auto hooks = raxol::fly::config_file_hooks();
  auto all = hooks.show(fly.context(), (dir / "fly.toml").string(), "");
  REQUIRE(all.ok());
  CHECK(all->file == (dir / "fly.toml").string());
  CHECK(all->document["app"] == "hooks");
  CHECK(all->document["primary_region"] == "ams");
  REQUIRE(all->document["process_groups"].size() == 2);
  CHECK(all->document["process_groups"]["worker"]["init"]["cmd"] ==
        nlohmann::json::array({"bin/worker"}));
  CHECK(all->document["process_groups"]["web"]["guest"]["memory_mb"] == 512);
  CHECK(all->document["process_groups"]["web"]["metadata"]["fly_flyctl_version"] ==
        std::string("raxol-deploy/") + RAXOL_VERSION);

  auto one = hooks.show(fly.context(), (dir / "fly.toml").string(), "worker");
  REQUIRE(one.ok());
  CHECK(one->document["process_groups"].size() == 1);
  CHECK(one->document["process_groups"].contains("worker"));

  auto unknown = hooks.show(fly.context(), (dir / "fly.toml").string(), "cron");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == raxol::ErrorKind::usage);
  CHECK(unknown.error().message.find("--process-group cron") != std::string::npos);
  CHECK(unknown.error().message.find("defined: web, worker") != std::string::npos);
}

TEST_CASE("fly config hooks: validate summarises and needs an app name",
          "[fly][config][config_file_hooks]") {
  raxol::fly::test::FlyTestContext fly;
  TempDir dir;
  write_file(dir / "fly.toml", kTwoGroups);
  const auto hooks = raxol::fly::config_file_hooks();
  auto valid = hooks.validate(fly.context(), (dir / "fly.toml").string());
  REQUIRE(valid.ok());
  CHECK(valid->document["valid"] == true);
  CHECK(valid->document["process_groups"] == nlohmann::json::array({"web", "worker"}));
  CHECK(valid->document["warnings"] == nlohmann::json::array());
  CHECK(valid->summary ==
        (dir / "fly.toml").string() + " is valid: app hooks, process groups: web, worker");

  write_file(dir / "anonymous.toml", "primary_region = \"ams\"\n");
  auto shown = hooks.show(fly.context(), (dir / "anonymous.toml").string(), "");
  CHECK(shown.ok());  // show does not need an app
  auto refused = hooks.validate(fly.context(), (dir / "anonymous.toml").string());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("app") != std::string::npos);
}

TEST_CASE("fly config hooks: warnings are lines and a missing file is an error",
          "[fly][config][config_file_hooks]") {
  raxol::fly::test::FlyTestContext fly;
  TempDir dir;
  write_file(dir / "fly.toml", "app = \"warned\"\n\n[container]\n  image = \"x\"\n");
  const auto hooks = raxol::fly::config_file_hooks();
  auto valid = hooks.validate(fly.context(), (dir / "fly.toml").string());
  REQUIRE(valid.ok());
  REQUIRE(valid->warnings.size() == 1);
  CHECK(valid->warnings[0].find("fly.toml:3") != std::string::npos);
  CHECK(valid->warnings[0].find("container") != std::string::npos);
  CHECK(valid->document["warnings"].size() == 1);

  auto missing = hooks.validate(fly.context(), (dir / "absent.toml").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("absent.toml") != std::string::npos);
}
