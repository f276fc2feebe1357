// The Deployer against the emulator over real HTTP, on the fake clock: a first deploy creates
// the app, its addresses, machines and a complete release; a failed health check or a 500 in
// the middle of a rolling deploy restores the previous release and marks the new one failed;
// leases are released whatever happens.
#include "targets/fly/deploy/deployer.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::ErrorKind;
using raxol::ReleaseStatus;
using raxol::RunResult;
using raxol::fly::test::deploy;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::machine_images;
using raxol::test::test_fly_toml;
using Images = std::vector<std::string>;

namespace {

const std::string kV1 = "registry.fly.io/web:v1";
const std::string kV2 = "registry.fly.io/web:v2";

void check_no_leases(FlyTestContext& fly, const std::string& app) {
  for (const auto& machine : fly.box().app_machines(app)) {
    auto lease = fly.machines().get_lease(app, machine["id"]);
    REQUIRE(lease.ok());
    CHECK_FALSE(lease->has_value());
  }
}

}  // namespace

TEST_CASE("fly deployer: a first deploy creates the app and a complete release",
          "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  auto outcome = deploy(fly, *target, kV1);
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(outcome->result == RunResult::deployed);
  CHECK(outcome->release_before.empty());
  CHECK(outcome->release_after == "v1");
  CHECK(outcome->url == "https://web.fly.dev");
  CHECK(outcome->details["machines_created"] == 2);
  CHECK(outcome->details["machines_updated"] == 0);
  CHECK(machine_images(fly, "web") == Images{kV1, kV1});
  CHECK(fly.machines().list_ips("web")->size() == 2);
  auto releases = fly.web().list_releases("web", 10);
  REQUIRE(releases.ok());
  REQUIRE(releases->size() == 1);
  CHECK(releases->at(0).status == ReleaseStatus::complete);
  CHECK(releases->at(0).image_ref == kV1);
  for (const auto& machine : fly.box().app_machines("web")) {
    CHECK(machine["config"]["metadata"]["fly_release_version"] == "1");
    CHECK(machine["config"]["metadata"]["fly_release_id"] == releases->at(0).id);
  }
  check_no_leases(fly, "web");
  CHECK(fly.err().find("deployed web v1") != std::string::npos);
}

TEST_CASE("fly deployer: a failed health check in a rolling deploy restores the previous "
          "release",
          "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  auto failed = deploy(fly, *target, "registry.fly.io/web:fail-checks");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::rolled_back);
  CHECK(failed.error().message.rfind("deploy of v2 failed: health checks did not pass", 0) == 0);
  const auto& notes = failed.error().notes;
  CHECK(std::find(notes.begin(), notes.end(), "rolled back: v1 is serving") != notes.end());
  CHECK(machine_images(fly, "web") == Images{kV1, kV1});
  for (const auto& machine : fly.box().app_machines("web")) CHECK(machine["state"] == "started");
  auto releases = fly.web().list_releases("web", 10);
  REQUIRE(releases->size() == 2);
  CHECK(releases->at(0).status == ReleaseStatus::failed);
  CHECK(releases->at(1).status == ReleaseStatus::complete);
  CHECK(releases->at(0).metadata["post_deployment_info"]["error"].get<std::string>().find(
            "health checks did not pass") != std::string::npos);
  check_no_leases(fly, "web");
}

TEST_CASE("fly deployer: a 500 in the middle of the rollout leaves the previous release "
          "serving",
          "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  // The spearhead's update goes through; every attempt at the second machine's fails.
  fly.box().add_fault({{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps/web/machines/*"},
                       {"status", 500}, {"skip", 1}, {"times", 4}});
  auto failed = deploy(fly, *target, kV2);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::rolled_back);
  CHECK(failed.error().http_status == 500);
  CHECK(failed.error().message.find("HTTP 500") != std::string::npos);
  CHECK(machine_images(fly, "web") == Images{kV1, kV1});
  auto releases = fly.web().list_releases("web", 10);
  CHECK(releases->at(0).status == ReleaseStatus::failed);
  CHECK(releases->at(1).version == 1);
  check_no_leases(fly, "web");
  // And the next deploy goes through.
  auto retried = deploy(fly, *target, kV2);
  REQUIRE(retried.ok());
  CHECK(retried->release_before == "v1");
  CHECK(retried->release_after == "v3");
  CHECK(machine_images(fly, "web") == Images{kV2, kV2});
}

TEST_CASE("fly deployer: a plan with no changes applies as unchanged", "[fly][deploy]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  fly.box().sandbox().requests().clear();
  auto again = deploy(fly, *target, kV1);
  REQUIRE(again.ok());
  CHECK(again->result == RunResult::unchanged);
  CHECK(again->release_after == "v1");
  CHECK(raxol::fly::test::mutating_requests(fly) == 0);
  CHECK(fly.web().list_releases("web", 10)->size() == 1);
}
