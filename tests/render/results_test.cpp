// The shared result views: plans, outcomes, status and releases as JSON and as text.
#include "render/results.h"

#include <catch2/catch.hpp>

#include "render/ui_capture.h"

using nlohmann::json;
using raxol::test::CapturedUi;

namespace {
raxol::Plan two_step_plan() {
  raxol::Plan plan;
  plan.target = "fly";
  plan.kind = "fly";
  plan.steps = {{"lease", "m1", ""}, {"update", "m1", "image v1 -> v2"}};
  plan.summary = {{"machines", 1}};
  return plan;
}
}  // namespace

TEST_CASE("results: plan JSON carries purpose changes steps and summary", "[render][results]") {
  auto plan = two_step_plan();
  const json document = raxol::plan_to_json(plan);
  CHECK(document["target"] == "fly");
  CHECK(document["purpose"] == "deploy");
  CHECK(document["changes"] == true);
  REQUIRE(document["steps"].size() == 2);
  CHECK(document["steps"][1] ==
        json{{"action", "update"}, {"subject", "m1"}, {"detail", "image v1 -> v2"}});
  CHECK(document["summary"]["machines"] == 1);
  CHECK_FALSE(document.contains("detail"));

  plan.steps.clear();
  plan.purpose = raxol::PlanPurpose::rollback;
  const json empty = raxol::plan_to_json(plan);
  CHECK(empty["changes"] == false);
  CHECK(empty["purpose"] == "rollback");
  CHECK(empty["steps"] == json::array());
}

TEST_CASE("results: plan text numbers the steps or says no changes", "[render][results]") {
  CapturedUi captured(false);
  auto plan = two_step_plan();
  raxol::print_plan(captured.ui, plan);
  CHECK(captured.out.str() ==
        "Plan for fly (fly):\n"
        "  1. lease m1\n"
        "  2. update m1: image v1 -> v2\n");
  CapturedUi none(false);
  plan.steps.clear();
  plan.purpose = raxol::PlanPurpose::rollback;
  raxol::print_plan(none.ui, plan);
  CHECK(none.out.str() ==
        "Rollback plan for fly (fly):\n  no changes: everything is already deployed\n");
}

TEST_CASE("results: outcome and release JSON use the enum names", "[render][results]") {
  raxol::Outcome outcome;
  outcome.target = "pages";
  outcome.result = raxol::RunResult::rolled_back;
  outcome.release_before = "v2";
  outcome.release_after = "v1";
  const json done = raxol::outcome_to_json(outcome);
  CHECK(done["result"] == "rolled-back");
  CHECK(done["release_before"] == "v2");
  CHECK(done["release_after"] == "v1");
  CHECK(done["details"] == json::object());

  raxol::Release release;
  release.version = "v3";
  release.status = raxol::ReleaseStatus::failed;
  release.current = true;
  const json shown = raxol::release_to_json(release);
  CHECK(shown["status"] == "failed");
  CHECK(shown["current"] == true);
  CHECK(shown["version"] == "v3");
}

TEST_CASE("results: releases table marks the current one or says none", "[render][results]") {
  CapturedUi empty(false);
  raxol::print_releases(empty.ui, {});
  CHECK(empty.out.str() == "no releases yet\n");

  raxol::Release old_release;
  old_release.version = "v1";
  old_release.user = "ada";
  raxol::Release current = old_release;
  current.version = "v2";
  current.current = true;
  current.ref = "registry.fly.io/a:v2";
  CapturedUi listed(false);
  raxol::print_releases(listed.ui, {current, old_release});
  const std::string text = listed.out.str();
  CHECK(text.rfind("VERSION  STATUS", 0) == 0);
  CHECK(text.find("\nv2 *     complete") != std::string::npos);
  CHECK(text.find("\nv1       complete") != std::string::npos);
  CHECK(text.find("registry.fly.io/a:v2") != std::string::npos);
}

TEST_CASE("results: status JSON and text list machines and checks", "[render][results]") {
  raxol::TargetStatus status;
  status.target = "fly";
  status.kind = "fly";
  status.health = raxol::Health::not_deployed;
  CHECK(raxol::status_to_json(status)["health"] == "not deployed");

  status.health = raxol::Health::degraded;
  status.release = "v4";
  status.url = "https://a.fly.dev";
  status.details = {
      {"machines",
       json::array(
           {{{"id", "m1"}, {"state", "started"}, {"checks_total", 2}, {"checks_passing", 1}},
            {{"id", "m2"}, {"state", "stopped"}}})}};
  CapturedUi captured(false);
  raxol::print_status(captured.ui, status);
  const std::string text = captured.out.str();
  CHECK(text.rfind("fly (fly)  degraded  release v4  https://a.fly.dev\n", 0) == 0);
  CHECK(text.find("ID  GROUP") != std::string::npos);
  CHECK(text.find("1/2 passing") != std::string::npos);
  CHECK(text.find("stopped") != std::string::npos);

  raxol::TargetSpec spec;
  spec.name = "pages";
  spec.kind = "cloudflare-pages";
  CapturedUi failed(false);
  raxol::print_status_error(failed.ui, spec,
                            raxol::make_error(raxol::ErrorKind::auth, "bad token"));
  CHECK(failed.out.str() == "pages (cloudflare-pages)  unknown  bad token\n");
}
