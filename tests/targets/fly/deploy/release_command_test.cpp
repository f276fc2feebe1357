// fly.toml's release_command, run by a deploy against the emulator: in a temporary machine
// before any app machine changes, which is gone afterwards; a non-zero exit stops the deploy
// with the command's exit code, leaves the previous release serving and marks the new one
// failed; --skip-release-command leaves it out.
#include "targets/fly/deploy/release_command.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::ErrorKind;
using raxol::ReleaseStatus;
using raxol::fly::test::deploy;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::machine_images;
using raxol::test::test_fly_toml;
using Images = std::vector<std::string>;

namespace {

int live_release_machines(FlyTestContext& fly) {
  int count = 0;
  for (const auto& machine : fly.box().fly_get("/v1/apps/web/machines")) {
    const auto& metadata = machine["config"].value("metadata", nlohmann::json::object());
    if (metadata.value("fly_process_group", "") == "fly_app_release_command" &&
        machine["state"] != "destroyed" && machine["state"] != "destroying")
      ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("fly release command: runs once before the rollout and leaves no machine",
          "[fly][deploy][release-command]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web", "bin/migrate"));
  auto outcome = deploy(fly, *target, "registry.fly.io/web:v1");
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(fly.err().find("Running release command: bin/migrate") != std::string::npos);
  CHECK(fly.err().find("release command finished (exit code 0)") != std::string::npos);
  CHECK(fly.err().find("Running release command") < fly.err().find("Rolling out v1"));
  CHECK(live_release_machines(fly) == 0);
  CHECK(machine_images(fly, "web") == Images{"registry.fly.io/web:v1", "registry.fly.io/web:v1"});
}

TEST_CASE("fly release command: a failure stops the deploy before any machine changes",
          "[fly][deploy][release-command]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web", "bin/migrate"));
  REQUIRE(deploy(fly, *target, "registry.fly.io/web:v1").ok());
  auto failed = deploy(fly, *target, "registry.fly.io/web:release-fails");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::failed);
  CHECK(failed.error().message.rfind("release command `bin/migrate` failed on machine ", 0) == 0);
  CHECK(failed.error().message.find("with exit code 1") != std::string::npos);
  const auto& notes = failed.error().notes;
  CHECK(std::find(notes.begin(), notes.end(),
                  "no app machine was changed: v1 is still serving; release v2 is marked failed") !=
        notes.end());
  CHECK(machine_images(fly, "web") == Images{"registry.fly.io/web:v1", "registry.fly.io/web:v1"});
  CHECK(live_release_machines(fly) == 0);
  auto releases = fly.web().list_releases("web", 10);
  CHECK(releases->at(0).status == ReleaseStatus::failed);

  // The emulator's exit code setting: the message carries the command's own code.
  fly.box().patch_settings({{"fly", {{"release_command_exit_code", 3}}}});
  auto three = deploy(fly, *target, "registry.fly.io/web:v2");
  REQUIRE_FALSE(three.ok());
  CHECK(three.error().message.find("with exit code 3") != std::string::npos);
}

TEST_CASE("fly release command: --skip-release-command leaves it out",
          "[fly][deploy][release-command]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web", "bin/migrate"));
  raxol::OptionValues skip = raxol::fly::test::options({{"skip-release-command", "true"}});
  auto plan = raxol::fly::test::plan_image(*target, "registry.fly.io/web:release-fails", skip);
  REQUIRE(plan.ok());
  for (const auto& step : plan->steps) CHECK(step.action != "run");
  auto outcome = raxol::fly::test::apply_advancing(fly, *target, *plan);
  REQUIRE(outcome.ok());
  CHECK(fly.err().find("Running release command") == std::string::npos);
}
