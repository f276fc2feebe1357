// A rollback as plan then apply, through the registry against the Pages emulator: the plan
// changes nothing (what --dry-run prints), the apply serves the earlier release again, an
// unknown release fails with nothing changed, and a kind option the target does not take is a
// usage error before the target is opened.
#include "core/rollback.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::cfp;

namespace {
TargetSpec site_spec(const std::filesystem::path& dir) {
  auto spec = pages_spec("project = \"site\"\ndirectory = \"" + dir.string() + "\"\n");
  REQUIRE(spec.ok());
  return *spec;
}
}  // namespace

TEST_CASE("core rollback: planned without changes - applied to serve v1 again",
          "[core][rollback]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "v1"}});
  const std::string v1 = deploy_folder(world, "site", dir.path(), "", "1111111").release_after;
  world.clock().advance(std::chrono::seconds(10));
  write_file(dir / "index.html", "v2");
  const std::string v2 = deploy_folder(world, "site", dir.path(), "", "2222222").release_after;

  world.forget_requests();
  auto planned = plan_rollback(world.context(), site_spec(dir.path()), RollbackRequest{});
  INFO((planned.ok() ? "" : planned.error().message));
  REQUIRE(planned.ok());
  CHECK(planned->plan.purpose == PlanPurpose::rollback);
  CHECK(planned->plan.summary["release_after"] == v1);
  CHECK(world.mutating_requests() == 0);
  CHECK(world.api().site("site/index.html").body == "v2");

  auto outcome = apply_rollback(world.context(), *planned);
  REQUIRE(outcome.ok());
  CHECK(outcome->result == RunResult::rolled_back);
  CHECK(outcome->release_before == v2);
  CHECK(outcome->release_after == v1);
  CHECK(world.api().site("site/index.html").body == "v1");
  CHECK(planned->target->status().value().release == v1);
}

TEST_CASE("core rollback: unknown releases and foreign options change nothing", "[core][rollback]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "v1"}});
  deploy_folder(world, "site", dir.path());
  world.forget_requests();

  RollbackRequest unknown;
  unknown.to = "ffffffff";
  auto missing = plan_rollback(world.context(), site_spec(dir.path()), unknown);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);

  RollbackRequest foreign;
  foreign.options.set("strategy", OptionValue{OptionType::text, "canary", {}, 0, {}});
  auto refused = plan_rollback(world.context(), site_spec(dir.path()), foreign);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::usage);
  CHECK(refused.error().message.find("--strategy") != std::string::npos);
  CHECK(world.mutating_requests() == 0);
}
