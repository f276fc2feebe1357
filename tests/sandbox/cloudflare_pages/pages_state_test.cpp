// The Cloudflare emulator's world through its API: branch aliases, deployments found by id or
// short id, stages and success derived from timestamps, what production serves at a time, and
// the Deployment and Project views.
#include "sandbox/cloudflare_pages/pages_state.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox::cloudflare_pages;

namespace {
json deployment(const std::string& id, std::int64_t created, std::int64_t stage_ms, bool fails) {
  return {{"id", id},
          {"project", "site"},
          {"environment", "production"},
          {"branch", "Fix/API"},
          {"created_ms", created},
          {"stage_ms", stage_ms},
          {"fails", fails}};
}
}  // namespace

TEST_CASE("pages state: aliases, lookups and timestamps", "[pages][sandbox]") {
  CHECK(branch_alias("Fix/API_v2") == "fix-api-v2");
  CHECK(timestamp(1'767'225'600'123) == "2026-01-01T00:00:00.123Z");
  json document = {{"projects", json::object()}, {"deployments", json::object()}};
  document["deployments"]["abcdef12-0000"] = deployment("abcdef12-0000", 0, 10, false);
  CHECK(find_deployment(document, "abcdef12-0000") != nullptr);
  CHECK(find_deployment(document, "abcdef12") != nullptr);  // the short id
  CHECK(find_deployment(document, "abcdef1") == nullptr);
  CHECK(find_deployment(json::object(), "abcdef12") == nullptr);
  CHECK(find_project(document, "site") == nullptr);
}

TEST_CASE("pages state: stages, success and the live deployment follow the clock",
          "[pages][sandbox]") {
  const json ok = deployment("d-ok", 1000, 100, false);
  const json bad = deployment("d-bad", 1000, 100, true);
  CHECK(finished_at_ms(ok) == 1500);
  CHECK_FALSE(succeeded_by(ok, 1499));
  CHECK(succeeded_by(ok, 1500));
  CHECK_FALSE(succeeded_by(bad, 9999));
  json project = {
      {"id", "p1"},
      {"name", "site"},
      {"subdomain", "site.pages.dev"},
      {"live_events", {{{"id", "d-ok"}, {"at_ms", 1500}}, {{"id", "d-two"}, {"at_ms", 3000}}}}};
  CHECK(live_deployment_id(project, 1499) == "");
  CHECK(live_deployment_id(project, 1500) == "d-ok");
  CHECK(live_deployment_id(project, 5000) == "d-two");

  auto queued = deployment_view(ok, project, 1000);
  CHECK(queued["latest_stage"]["name"] == "queued");
  CHECK(queued["latest_stage"]["status"] == "active");
  CHECK(queued["short_id"] == "d-ok");
  CHECK(queued["aliases"] == json::array({"https://fix-api.site.pages.dev"}));
  auto building = deployment_view(ok, project, 1350);
  CHECK(building["latest_stage"]["name"] == "build");
  CHECK(building["stages"][0]["status"] == "success");
  CHECK(building["stages"][4]["status"] == "idle");
  auto failed = deployment_view(bad, project, 2000);
  CHECK(failed["latest_stage"]["name"] == "deploy");
  CHECK(failed["latest_stage"]["status"] == "failure");
  CHECK(failed["modified_on"] == "1970-01-01T00:00:01.500Z");
}

TEST_CASE("pages state: the document on disk, shared and repaired", "[pages][sandbox]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "cloudflare-pages.json", R"(["not", "a", "world"])");
  PagesState state(dir / "cloudflare-pages.json");
  state.read([](const json& document) { CHECK(document["projects"] == json::object()); });
  state.update([](json& document) {
    document["projects"]["site"] = {
        {"name", "site"}, {"subdomain", "site.pages.dev"}, {"deployment_ids", json::array()}};
    return true;
  });
  PagesState other(dir / "cloudflare-pages.json");
  other.read([](const json& document) {
    REQUIRE(document["projects"].contains("site"));
    auto view = project_view(document["projects"]["site"], document, 0);
    CHECK(view["domains"] == json::array({"site.pages.dev"}));
    CHECK(view["latest_deployment"].is_null());
    CHECK(view["deployment_configs"]["preview"]["env_vars"].is_null());
  });
}
