// The Cloudflare Pages target through the Target interface, against the emulator: no
// credentials is an auth error before any request; then deploy, status, releases, a second
// deploy, and a rollback planned (read-only) and applied, after which the first deployment
// serves again. The token is registered with the redactor.
#include "targets/cloudflare_pages/pages_target.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"
#include "targets/kit/settings.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::cfp::deploy_request;
using raxol::test::cfp::PagesWorld;
using raxol::test::cfp::pages_spec;
using raxol::test::cfp::write_site;

namespace {

std::unique_ptr<Target> make_target(PagesWorld& world, const std::filesystem::path& dir) {
  auto spec = pages_spec("project = \"site\"\ndirectory = \"" + dir.string() + "\"\n");
  REQUIRE(spec.ok());
  auto target = make_pages_target(*spec, Settings(*spec), world.context());
  REQUIRE(target.ok());
  return std::move(target).value();
}

Outcome deploy(PagesWorld& world, Target& target, const std::string& commit) {
  auto plan = target.plan(deploy_request({{"commit-hash", commit}}));
  REQUIRE(plan.ok());
  auto progress = world.context().ui.start_progress("deploying", "steps");
  auto outcome = target.apply(*plan, *progress);
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  return *outcome;
}

}  // namespace

TEST_CASE("pages target: no Cloudflare credentials is an auth error", "[pages][target]") {
  PagesWorld world;
  world.env().set("CLOUDFLARE_API_TOKEN", std::nullopt);
  world.env().set("CF_API_TOKEN", std::nullopt);
  world.env().set("CLOUDFLARE_API_KEY", std::nullopt);
  world.env().set("CF_API_KEY", std::nullopt);
  auto spec = pages_spec("project = \"site\"\ndirectory = \"public\"\n");
  REQUIRE(spec.ok());
  auto target = make_pages_target(*spec, Settings(*spec), world.context());
  REQUIRE_FALSE(target.ok());
  CHECK(target.error().kind == ErrorKind::auth);
  CHECK(world.requests("") == 0);
}

TEST_CASE("pages target: deploy - status - releases and a rollback that serves v1 again",
          "[pages][target]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "v1"}});
  auto target = make_target(world, dir.path());
  CHECK(world.context().redactor.redact(world.endpoints().token) == "[REDACTED]");

  Outcome v1 = deploy(world, *target, "1111111");
  auto status = target->status();
  REQUIRE(status.ok());
  CHECK(status->health == Health::healthy);
  CHECK(status->release == v1.release_after);

  world.clock().advance(std::chrono::seconds(10));
  test::write_file(dir / "index.html", "v2");
  Outcome v2 = deploy(world, *target, "2222222");
  CHECK(world.api().site("site/index.html").body == "v2");
  auto releases = target->releases();
  REQUIRE(releases.ok());
  REQUIRE(releases->size() == 2);
  CHECK((*releases)[0].version == v2.release_after);  // newest first
  CHECK((*releases)[0].current);

  world.forget_requests();
  auto plan = target->plan_rollback(RollbackRequest{});
  REQUIRE(plan.ok());
  CHECK(world.mutating_requests() == 0);
  CHECK(plan->summary["release_after"] == v1.release_after);
  auto progress = world.context().ui.start_progress("rolling back", "steps");
  auto rolled = target->apply(*plan, *progress);
  REQUIRE(rolled.ok());
  CHECK(rolled->result == RunResult::rolled_back);
  CHECK(rolled->release_before == v2.release_after);
  CHECK(rolled->release_after == v1.release_after);
  CHECK(rolled->url == "https://site.pages.dev");
  CHECK(world.api().site("site/index.html").body == "v1");
  CHECK(target->status().value().release == v1.release_after);

  RollbackRequest unknown;
  unknown.to = "ffffffff";
  world.forget_requests();
  auto refused = target->plan_rollback(unknown);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::not_found);
  CHECK(world.mutating_requests() == 0);
}
