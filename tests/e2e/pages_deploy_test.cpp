// The Cloudflare Pages tier end to end: the real binary publishes a folder to the sandbox, and
// the site the emulator serves is compared with the folder.
#include <catch2/catch.hpp>

#include "e2e/pages_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

namespace {

BinaryResult run_example(SandboxFixture& box, const TempDir& cache, std::vector<std::string> args) {
  args.insert(args.begin(), {"-C", source_path("examples/raxol").string()});
  auto env = box.env();
  env["XDG_CACHE_HOME"] = cache.path().string();
  return run_binary(args, env);
}

}  // namespace

TEST_CASE("pages e2e: examples/raxol deploys, serves the folder, redeploys nothing",
          "[e2e][pages]") {
  SandboxFixture box;
  TempDir cache;
  auto first = run_example(box, cache, {"--json", "deploy", "pages"});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  auto outcome = json::parse(first.out);
  CHECK(outcome["result"] == "deployed");
  const auto& details = outcome["details"];
  CHECK(details["files"] == 5);
  CHECK(details["uploaded"] == 5);
  CHECK(details["skipped"] == 0);
  CHECK(details["bytes"].get<std::uint64_t>() > 0);
  CHECK(details["seconds"].get<double>() > 0);
  CHECK(details["url"].get<std::string>().rfind("https://", 0) == 0);
  CHECK(details["environment"] == "production");
  CHECK(outcome["status"]["health"] == "healthy");

  const auto folder = source_path(kExampleStatic);
  require_site_equals(box, "raxol-playground", folder);
  auto index = fetch_site(box, "raxol-playground/index.html");
  CHECK(index.header("X-Frame-Options") == "DENY");
  CHECK(index.header("Content-Type") == "text/html");
  CHECK(fetch_site(box, "raxol-playground/css/app.css").header("Cache-Control") ==
        "public, max-age=31536000, immutable");
  CHECK(fetch_site(box, "raxol-playground/js/app.js").header("Content-Type") ==
        "application/javascript");
  auto playground = fetch_site(box, "raxol-playground/playground");
  CHECK(playground.status == 302);
  CHECK(playground.header("Location") == "/index.html");
  CHECK(fetch_site(box, "raxol-playground/docs").status == 301);

  // Re-plan and redeploy with nothing changed: no changes, no upload, no deployment.
  box.sandbox().requests().clear();
  auto plan = run_example(box, cache, {"--json", "deploy", "pages", "--dry-run"});
  REQUIRE(plan.exit_code == 0);
  CHECK(json::parse(plan.out)["changes"] == false);
  for (const auto& entry : pages_requests(box))
    CHECK((entry.method == "GET" || entry.path == "/client/v4/pages/assets/check-missing"));
  auto again = run_example(box, cache, {"--json", "deploy", "pages"});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  auto unchanged = json::parse(again.out);
  CHECK(unchanged["result"] == "unchanged");
  CHECK(unchanged["details"]["uploaded"] == 0);
  CHECK(unchanged["details"]["skipped"] == 5);
  for (const auto& entry : pages_requests(box))  // read-only: no upload, no deployment
    CHECK((entry.method == "GET" || entry.path == "/client/v4/pages/assets/check-missing"));

  // Another machine (no local record) cannot know the files are live: it deploys, but
  // check-missing still keeps it from uploading anything.
  TempDir other_cache;
  auto elsewhere = run_example(box, other_cache, {"--json", "deploy", "pages"});
  REQUIRE(elsewhere.exit_code == 0);
  auto redeployed = json::parse(elsewhere.out);
  CHECK(redeployed["result"] == "deployed");
  CHECK(redeployed["details"]["uploaded"] == 0);
  CHECK(pages_requests(box, "/pages/assets/upload").empty());
  require_site_equals(box, "raxol-playground", folder);
}

TEST_CASE("pages e2e: one changed file uploads one file", "[e2e][pages]") {
  SandboxFixture box;
  PagesProject project;
  project.copy_example();
  REQUIRE(run_pages(box, project, {"deploy", "pages"}).exit_code == 0);
  write_file(project.site() / "css/app.css", "body { color: rebeccapurple; }\n");
  box.sandbox().requests().clear();
  auto second = run_pages(box, project, {"--json", "deploy", "pages"});
  INFO(second.err);
  REQUIRE(second.exit_code == 0);
  auto details = json::parse(second.out)["details"];
  CHECK(details["uploaded"] == 1);
  CHECK(details["skipped"] == 4);
  CHECK(uploaded_files(box) == 1);
  require_site_equals(box, "raxol-playground", project.site());
}

TEST_CASE("pages e2e: a preview branch leaves production alone", "[e2e][pages]") {
  SandboxFixture box;
  PagesProject project;
  write_file(project.site() / "index.html", "production");
  REQUIRE(run_pages(box, project, {"deploy", "pages"}).exit_code == 0);
  write_file(project.site() / "index.html", "preview");
  auto preview = run_pages(box, project,
                           {"--json", "deploy", "pages", "--branch", "feature/x", "--commit-hash",
                            "abc123", "--commit-message", "try it", "--commit-dirty", "true"});
  INFO(preview.err);
  REQUIRE(preview.exit_code == 0);
  auto outcome = json::parse(preview.out);
  CHECK(outcome["details"]["environment"] == "preview");
  CHECK(outcome["details"]["aliases"][0] == "https://feature-x.raxol-playground.pages.dev");
  CHECK(fetch_site(box, "raxol-playground/index.html").body == "production");
  CHECK(fetch_site(box, "feature-x.raxol-playground.pages.dev/index.html").body == "preview");

  auto status = run_pages(box, project, {"status", "pages", "--json"});
  REQUIRE(status.exit_code == 0);
  auto status_json = json::parse(status.out);
  CHECK(status_json["health"] == "healthy");
  CHECK(status_json["url"] == "https://raxol-playground.pages.dev");
  CHECK(status_json["details"]["deployment"]["environment"] == "production");
  CHECK(status_json["details"]["latest_deployment"]["branch"] == "feature/x");
  CHECK(status_json["details"]["latest_deployment"]["commit_hash"] == "abc123");
}

TEST_CASE("pages e2e: the ignore file leaves paths out", "[e2e][pages]") {
  SandboxFixture box;
  PagesProject project("raxol-playground", "ignore_file = \".raxolignore\"\n");
  write_file(project.dir / ".raxolignore", "*.map\n/drafts/\n");
  write_file(project.site() / "index.html", "home");
  write_file(project.site() / "js/app.js", "code");
  write_file(project.site() / "js/app.js.map", "{}");
  write_file(project.site() / "drafts/next.html", "secret plans");
  auto deployed = run_pages(box, project, {"--json", "deploy", "pages"});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  CHECK(json::parse(deployed.out)["details"]["files"] == 2);
  CHECK(fetch_site(box, "raxol-playground/js/app.js").body == "code");
  CHECK(fetch_site(box, "raxol-playground/drafts/next.html").body == "home");  // SPA fallback
}
