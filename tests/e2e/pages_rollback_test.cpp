// Releases, status and rollback of the Pages tier: production history newest first, and
// `rollback pages` making the previous deployment serve again.
#include <catch2/catch.hpp>

#include "e2e/pages_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages e2e: rollback makes the previous deployment current", "[e2e][pages]") {
  SandboxFixture box;
  PagesProject project;
  write_file(project.site() / "index.html", "version one");
  auto first = run_pages(box, project, {"--json", "deploy", "pages", "--commit-hash", "c1"});
  REQUIRE(first.exit_code == 0);
  const std::string v1 = json::parse(first.out)["release_after"];
  write_file(project.site() / "index.html", "version two");
  auto second = run_pages(box, project, {"--json", "deploy", "pages", "--commit-hash", "c2"});
  REQUIRE(second.exit_code == 0);
  const std::string v2 = json::parse(second.out)["release_after"];
  CHECK(json::parse(second.out)["release_before"] == v1);
  CHECK(fetch_site(box, "raxol-playground/").body == "version two");

  auto releases = json::parse(run_pages(box, project, {"releases", "pages", "--json"}).out);
  REQUIRE(releases["releases"].size() == 2);
  CHECK(releases["releases"][0]["version"] == v2);
  CHECK(releases["releases"][0]["current"] == true);
  CHECK(releases["releases"][1]["version"] == v1);
  CHECK(releases["releases"][1]["status"] == "complete");
  CHECK(releases["releases"][1]["details"]["commit_hash"] == "c1");

  // A dry run is a numbered plan; it changes nothing, so it needs no --yes.
  auto planned = run_pages(box, project, {"rollback", "pages", "--dry-run", "--json"});
  REQUIRE(planned.exit_code == 0);
  CHECK(json::parse(planned.out)["purpose"] == "rollback");
  CHECK(json::parse(planned.out)["summary"]["release_after"] == v1);
  CHECK(json::parse(planned.out)["steps"].size() == 1);
  CHECK(fetch_site(box, "raxol-playground/").body == "version two");

  auto rolled = run_pages(box, project, {"rollback", "pages", "--yes", "--json"});
  INFO(rolled.err);
  REQUIRE(rolled.exit_code == 0);
  auto outcome = json::parse(rolled.out);
  CHECK(outcome["result"] == "rolled-back");
  CHECK(outcome["release_before"] == v2);
  CHECK(outcome["release_after"] == v1);
  CHECK(fetch_site(box, "raxol-playground/").body == "version one");
  auto status = json::parse(run_pages(box, project, {"status", "pages", "--json"}).out);
  CHECK(status["release"] == v1);
  auto after = json::parse(run_pages(box, project, {"releases", "pages", "--json"}).out);
  CHECK(after["releases"][1]["current"] == true);

  // --to names a deployment by short or full id; the one serving is refused.
  auto forward = run_pages(box, project, {"rollback", "pages", "--to", v2, "--yes"});
  REQUIRE(forward.exit_code == 0);
  CHECK(fetch_site(box, "raxol-playground/").body == "version two");
  auto same = run_pages(box, project, {"rollback", "pages", "--to", v2, "--yes"});
  CHECK(same.exit_code == 2);
  auto unknown = run_pages(box, project, {"rollback", "pages", "--to", "deadbeef", "--yes"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("release deadbeef of production of raxol-playground not found") !=
        std::string::npos);

  // A re-plan after the rollback sees that production no longer serves the folder.
  auto replan = run_pages(box, project, {"--json", "deploy", "pages", "--dry-run"});
  REQUIRE(replan.exit_code == 0);
  CHECK(json::parse(replan.out)["changes"] == false);  // v2 serves "version two" again
}
