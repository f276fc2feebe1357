// Applying a Pages plan against the emulator: the project created, the files uploaded and
// served, an unchanged plan a no-op, and failures that leave the previous deployment serving
// (a 500 in the middle of the upload, a 401 on creation, which is not retried and whose message
// holds no token); an upsert-hashes failure only warns.
#include "targets/cloudflare_pages/deploy/pages_apply.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::cfp::deploy_folder;
using raxol::test::cfp::deploy_request;
using raxol::test::cfp::PagesWorld;
using raxol::test::cfp::write_site;

namespace {

Plan plan_of(PagesWorld& world, const std::filesystem::path& dir) {
  PagesSettings settings;
  settings.project = "site";
  settings.directory = dir.string();
  TargetSpec spec;
  spec.name = "web";
  auto plan = plan_pages_deploy(world.context(), world.client(), spec, settings,
                                deploy_request({{"commit-hash", "c0ffee"}}));
  REQUIRE(plan.ok());
  return *plan;
}

std::string served(PagesWorld& world, const std::string& path) {
  auto response = world.api().site("site/" + path);
  return response.status == 200 ? response.body : "HTTP " + std::to_string(response.status);
}

}  // namespace

TEST_CASE("pages apply: creates the project - uploads and serves the files", "[pages][apply]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "<h1>v1</h1>"}, {"css/app.css", "h1{}"}});
  Plan plan = plan_of(world, dir.path());
  auto outcome = apply_pages_plan(world.context(), world.client(), plan);
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(outcome->result == RunResult::deployed);
  CHECK(outcome->target == "web");
  CHECK(outcome->release_before.empty());
  CHECK(outcome->release_after.size() == 8);
  CHECK(outcome->details["files"] == 2);
  CHECK(outcome->details["uploaded"] == 2);
  CHECK(outcome->details["skipped"] == 0);
  CHECK(outcome->details["environment"] == "production");
  CHECK(served(world, "index.html") == "<h1>v1</h1>");
  CHECK(served(world, "css/app.css") == "h1{}");
  auto project = world.client().get_project("site");
  REQUIRE(project.ok());
  REQUIRE(project->has_value());
  CHECK((*project)->canonical->short_id == outcome->release_after);
  CHECK((*project)->canonical->commit_hash == "c0ffee");
}

TEST_CASE("pages apply: an unchanged plan changes nothing - a new file uploads only itself",
          "[pages][apply]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "<h1>v1</h1>"}, {"css/app.css", "h1{}"}});
  Outcome first = deploy_folder(world, "site", dir.path());
  Plan same = plan_of(world, dir.path());
  REQUIRE(same.no_changes());
  world.forget_requests();
  auto unchanged = apply_pages_plan(world.context(), world.client(), same);
  REQUIRE(unchanged.ok());
  CHECK(unchanged->result == RunResult::unchanged);
  CHECK(unchanged->release_after == first.release_after);
  CHECK(world.mutating_requests() == 0);
  CHECK(world.requests("") == 0);

  test::write_file(dir / "new.html", "new");
  auto second = apply_pages_plan(world.context(), world.client(), plan_of(world, dir.path()));
  REQUIRE(second.ok());
  CHECK(second->result == RunResult::deployed);
  CHECK(second->release_before == first.release_after);
  CHECK(second->details["uploaded"] == 1);
  CHECK(second->details["skipped"] == 2);
  CHECK(served(world, "new.html") == "new");
}

TEST_CASE("pages apply: a 500 in the middle of the upload leaves the previous deployment serving",
          "[pages][apply]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "<h1>v1</h1>"}});
  Outcome first = deploy_folder(world, "site", dir.path());
  for (int i = 0; i < 6; ++i)  // several upload requests: the first is let through
    test::write_file(dir / ("part" + std::to_string(i) + ".txt"), std::string(1024, 'a' + i));
  test::write_file(dir / "index.html", "<h1>v2</h1>");
  Plan plan = plan_of(world, dir.path());
  world.fault("POST", "/client/v4/pages/assets/upload", {{"status", 500}, {"skip", 1}});
  auto failed = apply_pages_plan(world.context(), world.client(), plan);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().http_status == 500);
  CHECK(failed.error().message.find("upload") != std::string::npos);
  CHECK(world.requests("POST", "/deployments") == 1);  // only the first deploy's
  CHECK(served(world, "index.html") == "<h1>v1</h1>");
  auto project = world.client().get_project("site");
  REQUIRE(project.ok());
  CHECK((*project)->canonical->short_id == first.release_after);
}

TEST_CASE("pages apply: a 401 on creating the deployment is not retried and names no token",
          "[pages][apply]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "<h1>v1</h1>"}});
  Outcome first = deploy_folder(world, "site", dir.path());
  test::write_file(dir / "index.html", "<h1>v2</h1>");
  Plan plan = plan_of(world, dir.path());
  world.fault("POST", "/client/v4/accounts/*/pages/projects/site/deployments", {{"status", 401}});
  world.forget_requests();
  auto denied = apply_pages_plan(world.context(), world.client(), plan);
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == ErrorKind::auth);
  CHECK(denied.error().message.find(world.endpoints().token) == std::string::npos);
  CHECK(world.err().find(world.endpoints().token) == std::string::npos);
  CHECK(world.requests("POST", "/deployments") == 1);
  CHECK(served(world, "index.html") == "<h1>v1</h1>");
  CHECK(world.client().get_project("site").value()->canonical->short_id == first.release_after);
}

TEST_CASE("pages apply: an upsert-hashes failure is a warning - a failing build an error",
          "[pages][apply]") {
  PagesWorld world(nlohmann::json{{"failing_branches", {"broken"}}});
  TempDir dir;
  write_site(dir.path(), {{"index.html", "<h1>v1</h1>"}});
  world.fault("POST", "/client/v4/pages/assets/upsert-hashes", {{"status", 400}, {"times", 1}});
  auto warned = apply_pages_plan(world.context(), world.client(), plan_of(world, dir.path()));
  REQUIRE(warned.ok());
  REQUIRE(warned->details["warnings"].size() == 1);
  CHECK(warned->details["warnings"][0].get<std::string>().rfind("upsert-hashes failed: ", 0) == 0);
  CHECK(world.err().find("could not refresh the asset hashes") != std::string::npos);

  PagesSettings settings;
  settings.project = "site";
  settings.directory = dir.path().string();
  TargetSpec spec;
  spec.name = "web";
  test::write_file(dir / "index.html", "<h1>broken</h1>");
  auto plan = plan_pages_deploy(world.context(), world.client(), spec, settings,
                                deploy_request({{"branch", "broken"}}));
  REQUIRE(plan.ok());
  auto failed = apply_pages_plan(world.context(), world.client(), *plan);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::failed);
  CHECK(served(world, "index.html") == "<h1>v1</h1>");
}
