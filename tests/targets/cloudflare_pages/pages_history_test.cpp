// The read side of a Pages project against the emulator: status (the production deployment
// serving now), releases (production only, newest first, the serving one marked) and the plan
// of a rollback, which sends no mutating request and refuses unknown or serving deployments.
#include "targets/cloudflare_pages/pages_history.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::cfp::deploy_folder;
using raxol::test::cfp::PagesWorld;
using raxol::test::cfp::write_site;

namespace {
// Two production deployments (v1 then v2) and a preview; returns their short ids.
std::vector<std::string> two_releases(PagesWorld& world, TempDir& dir) {
  write_site(dir.path(), {{"index.html", "v1"}});
  std::string v1 = deploy_folder(world, "site", dir.path(), "", "1111111").release_after;
  world.clock().advance(std::chrono::seconds(10));
  test::write_file(dir / "index.html", "v2");
  std::string v2 = deploy_folder(world, "site", dir.path(), "", "2222222").release_after;
  world.clock().advance(std::chrono::seconds(10));
  std::string preview = deploy_folder(world, "site", dir.path(), "feature").release_after;
  return {v1, v2, preview};
}
}  // namespace

TEST_CASE("pages status: not deployed - then healthy with the serving deployment",
          "[pages][history]") {
  PagesWorld world;
  auto missing = read_pages_status(world.client(), "web", "site");
  REQUIRE(missing.ok());
  CHECK(missing->health == Health::not_deployed);
  CHECK(missing->details["exists"] == false);
  CHECK(missing->kind == "cloudflare-pages");

  world.api().create_project("site");
  auto empty = read_pages_status(world.client(), "web", "site");
  REQUIRE(empty.ok());
  CHECK(empty->health == Health::not_deployed);
  CHECK(empty->url == "https://site.pages.dev");

  TempDir dir;
  auto ids = two_releases(world, dir);
  auto status = read_pages_status(world.client(), "web", "site");
  REQUIRE(status.ok());
  CHECK(status->health == Health::healthy);
  CHECK(status->release == ids[1]);  // production, not the newer preview
  CHECK(status->details["stage"] == "deploy: success");
  CHECK(status->details["latest_deployment"]["short_id"] == ids[2]);
}

TEST_CASE("pages status: a first deployment still building is not serving yet",
          "[pages][history]") {
  PagesWorld world(nlohmann::json{{"stage_ms", 600000}});
  world.api().create_project("site");
  world.api().upload(world.api().jwt("site"), {{test::kIndexKey, "x"}});
  REQUIRE(world.api().deploy("site", {{"/index.html", test::kIndexKey}}).status == 200);
  auto status = read_pages_status(world.client(), "web", "site");
  REQUIRE(status.ok());
  CHECK(status->health == Health::not_deployed);  // production serves nothing until it succeeds
  CHECK(status->release.empty());
  CHECK(status->details["latest_deployment"]["stage"] != "deploy: success");
}

TEST_CASE("pages releases: production only - newest first - the serving one marked",
          "[pages][history]") {
  PagesWorld world;
  auto none = read_pages_releases(world.client(), "site");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().kind == ErrorKind::not_found);
  CHECK(none.error().notes.front().find("deploy") != std::string::npos);

  TempDir dir;
  auto ids = two_releases(world, dir);
  auto releases = read_pages_releases(world.client(), "site");
  REQUIRE(releases.ok());
  REQUIRE(releases->size() == 2);
  CHECK((*releases)[0].version == ids[1]);
  CHECK((*releases)[0].current);
  CHECK((*releases)[1].version == ids[0]);
  CHECK_FALSE((*releases)[1].current);
  CHECK((*releases)[1].status == ReleaseStatus::complete);
  CHECK((*releases)[1].description == "test deploy");
  CHECK((*releases)[1].details["commit_hash"] == "1111111");
}

TEST_CASE("pages rollback plan: the previous production deployment - nothing sent that changes",
          "[pages][history]") {
  PagesWorld world;
  TempDir dir;
  auto ids = two_releases(world, dir);
  world.forget_requests();
  auto plan = plan_pages_rollback(world.client(), "web", "site", RollbackRequest{});
  INFO((plan.ok() ? "" : plan.error().message));
  REQUIRE(plan.ok());
  CHECK(plan->purpose == PlanPurpose::rollback);
  REQUIRE(plan->steps.size() == 1);
  CHECK(plan->steps[0].action == "rollback");
  CHECK(plan->steps[0].detail == "serve deployment " + ids[0] + " (1111111) instead of " + ids[1]);
  CHECK(plan->summary["release_before"] == ids[1]);
  CHECK(plan->summary["release_after"] == ids[0]);
  auto detail = std::dynamic_pointer_cast<const PagesRollbackDetail>(plan->detail);
  REQUIRE(detail);
  CHECK(detail->chosen.short_id == ids[0]);
  CHECK(detail->to_json()["deployment"]["short_id"] == ids[0]);
  CHECK(world.mutating_requests() == 0);
  CHECK(world.api().site("site/index.html").body == "v2");
}

TEST_CASE("pages rollback plan: unknown - serving and preview deployments are refused",
          "[pages][history]") {
  PagesWorld world;
  auto no_project = plan_pages_rollback(world.client(), "web", "site", RollbackRequest{});
  REQUIRE_FALSE(no_project.ok());
  CHECK(no_project.error().kind == ErrorKind::not_found);

  TempDir dir;
  auto ids = two_releases(world, dir);
  world.forget_requests();
  RollbackRequest unknown;
  unknown.to = "ffffffff";
  auto missing = plan_pages_rollback(world.client(), "web", "site", unknown);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
  RollbackRequest serving;
  serving.to = ids[1];
  auto current = plan_pages_rollback(world.client(), "web", "site", serving);
  REQUIRE_FALSE(current.ok());
  CHECK(current.error().kind == ErrorKind::usage);
  RollbackRequest preview;
  preview.to = ids[2];
  CHECK_FALSE(plan_pages_rollback(world.client(), "web", "site", preview).ok());
  RollbackRequest by_id;
  by_id.to = ids[0];
  CHECK(plan_pages_rollback(world.client(), "web", "site", by_id).ok());
  CHECK(world.mutating_requests() == 0);
}
