// The Fly target end to end against the emulator: releases newest first with the serving one
// marked, rollback as plan then apply (the plan sends no mutating request; the first release
// serves again as a new release), an unknown release refused, and the facets it exposes.
#include "targets/fly/fly_target.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::ErrorKind;
using raxol::ReleaseStatus;
using raxol::RollbackRequest;
using raxol::RunResult;
using raxol::fly::test::deploy;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::machine_images;
using raxol::test::test_fly_toml;
using Images = std::vector<std::string>;

namespace {

const std::string kV1 = "registry.fly.io/web:v1";
const std::string kV2 = "registry.fly.io/web:v2";

RollbackRequest rollback_to(const std::string& to) {
  RollbackRequest request;
  request.to = to;
  request.wait_timeout = std::chrono::seconds(5);
  return request;
}

}  // namespace

TEST_CASE("fly target: releases come newest first with the serving one marked",
          "[fly][target]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  REQUIRE(deploy(fly, *target, kV2, raxol::fly::test::options({{"strategy", "immediate"}})).ok());
  REQUIRE_FALSE(deploy(fly, *target, "registry.fly.io/web:fail-checks").ok());
  auto releases = target->releases();
  REQUIRE(releases.ok());
  REQUIRE(releases->size() == 3);
  CHECK(releases->at(0).version == "v3");
  CHECK(releases->at(0).status == ReleaseStatus::failed);
  CHECK_FALSE(releases->at(0).current);
  CHECK(releases->at(1).version == "v2");
  CHECK(releases->at(1).current);
  CHECK(releases->at(1).ref == kV2);
  CHECK(releases->at(1).details["strategy"] == "immediate");
  CHECK(releases->at(2).version == "v1");
  CHECK_FALSE(releases->at(2).current);
  CHECK(releases->at(2).user == "you@sandbox.local");
}

TEST_CASE("fly target: rollback plans without changing anything then serves the release "
          "again",
          "[fly][target][rollback]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  REQUIRE(deploy(fly, *target, kV2).ok());
  fly.box().sandbox().requests().clear();
  auto plan = target->plan_rollback(rollback_to(""));
  INFO((plan.ok() ? "" : plan.error().message));
  REQUIRE(plan.ok());
  CHECK(plan->purpose == raxol::PlanPurpose::rollback);
  CHECK(raxol::fly::test::mutating_requests(fly) == 0);
  CHECK(plan->summary["image"] == kV1);
  CHECK(plan->summary["current_release"] == "v2");

  auto outcome = raxol::fly::test::apply_advancing(fly, *target, *plan);
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(outcome->result == RunResult::rolled_back);
  CHECK(outcome->release_before == "v2");
  CHECK(outcome->release_after == "v3");
  CHECK(machine_images(fly, "web") == Images{kV1, kV1});
  auto releases = target->releases();
  REQUIRE(releases->size() == 3);
  CHECK(releases->at(0).ref == kV1);
  CHECK(releases->at(0).description == "rollback to v1");
  CHECK(releases->at(0).current);
}

TEST_CASE("fly target: rollback to an unknown release fails and changes nothing",
          "[fly][target][rollback]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, kV1).ok());
  fly.box().sandbox().requests().clear();
  auto unknown = target->plan_rollback(rollback_to("v42"));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::not_found);
  CHECK(unknown.error().message.find("v42") != std::string::npos);
  CHECK(raxol::fly::test::mutating_requests(fly) == 0);
  // With a single release there is nothing earlier to go back to.
  auto nothing = target->plan_rollback(rollback_to(""));
  REQUIRE_FALSE(nothing.ok());
  CHECK(machine_images(fly, "web") == Images{kV1, kV1});
}

TEST_CASE("fly target: status / exec and logs through its facets", "[fly][target]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  auto before = target->status();
  REQUIRE(before.ok());
  CHECK(before->health == raxol::Health::not_deployed);
  REQUIRE(deploy(fly, *target, kV1).ok());
  auto status = target->status();
  REQUIRE(status.ok());
  CHECK(status->health == raxol::Health::healthy);
  CHECK(status->release == "v1");
  CHECK(status->kind == "fly");
  auto ran = target->exec()->exec("", {"echo", "hi"}, 10);
  REQUIRE(ran.ok());
  CHECK(ran->exit_code == 0);
  CHECK(ran->out == "hi\n");
  CHECK_FALSE(ran->source.empty());
  std::vector<raxol::LogEntry> lines;
  raxol::LogQuery query;
  query.limit = 3;
  REQUIRE(target->logs()->read_logs(query, [&](const raxol::LogEntry& e) { lines.push_back(e); }).ok());
  CHECK(lines.size() == 3);
}
