// Planning a Pages deploy against the emulator: the steps on an empty remote with no mutating
// request sent, "no changes" once a deployment serves the same files (the local record), only
// the changed files to upload, preview branches, and bad input refused before any request.
#include "targets/cloudflare_pages/deploy/pages_plan.h"

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

const std::map<std::string, std::string> kFiles = {
    {"index.html", "<h1>home</h1>"}, {"css/app.css", "h1{}"}, {"_headers", "/*\n  X-A: 1\n"}};

Result<Plan> plan_of(PagesWorld& world, const std::filesystem::path& dir,
                     const std::map<std::string, std::string>& options = {},
                     const std::string& ignore_file = "") {
  PagesSettings settings;
  settings.project = "site";
  settings.directory = dir.string();
  settings.ignore_file = ignore_file;
  TargetSpec spec;
  spec.name = "web";
  return plan_pages_deploy(world.context(), world.client(), spec, settings,
                           deploy_request(options));
}

std::vector<std::string> actions(const Plan& plan) {
  std::vector<std::string> out;
  for (const auto& step : plan.steps) out.push_back(step.action);
  return out;
}

}  // namespace

TEST_CASE("pages plan: an empty remote gets create - upload and deploy and sees no change",
          "[pages][plan]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), kFiles);
  auto plan = plan_of(world, dir.path(), {{"commit-hash", "0123456789abcdef"}});
  INFO((plan.ok() ? "" : plan.error().message));
  REQUIRE(plan.ok());
  CHECK(plan->target == "web");
  CHECK(plan->kind == "cloudflare-pages");
  CHECK(actions(*plan) == std::vector<std::string>{"create", "upload", "deploy"});
  CHECK(plan->steps[0].subject == "project site");
  CHECK(plan->steps[1].subject == "2 files");  // _headers is a rule file, not an asset
  CHECK(plan->steps[2].detail.find("commit 0123456789ab") != std::string::npos);
  CHECK(plan->summary["environment"] == "production");
  CHECK(plan->summary["branch"] == "main");
  CHECK(plan->summary["upload_files"] == 2);
  CHECK(plan->summary["stored_files"] == 0);
  auto detail = std::dynamic_pointer_cast<const PagesPlanDetail>(plan->detail);
  REQUIRE(detail);
  CHECK(detail->headers == std::optional<std::string>("/*\n  X-A: 1\n"));
  CHECK_FALSE(detail->project.has_value());
  CHECK(detail->to_json()["project_exists"] == false);
  CHECK(world.mutating_requests() == 0);
  CHECK(world.client().get_project("site").value() == std::nullopt);
}

TEST_CASE("pages plan: no changes once the branch serves the same files", "[pages][plan]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), kFiles);
  Outcome first = deploy_folder(world, "site", dir.path());
  world.forget_requests();
  auto plan = plan_of(world, dir.path());
  REQUIRE(plan.ok());
  CHECK(plan->no_changes());
  CHECK(plan->summary["current_deployment"] == first.release_after);
  CHECK(plan->summary["unchanged"].get<std::string>().find("already serves these files") !=
        std::string::npos);
  CHECK(world.mutating_requests() == 0);

  // Without the local record (another machine) the plan cannot know: it deploys, uploading
  // nothing.
  world.env().set("XDG_CACHE_HOME", (dir / "elsewhere").string());
  auto elsewhere = plan_of(world, dir.path());
  REQUIRE(elsewhere.ok());
  CHECK(actions(*elsewhere) == std::vector<std::string>{"deploy"});
  CHECK(elsewhere->summary["stored_files"] == 2);
}

TEST_CASE("pages plan: a changed file is the only upload - a rule file change redeploys",
          "[pages][plan]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), kFiles);
  deploy_folder(world, "site", dir.path());
  test::write_file(dir / "index.html", "<h1>home, again</h1>");
  auto changed = plan_of(world, dir.path());
  REQUIRE(changed.ok());
  CHECK(actions(*changed) == std::vector<std::string>{"upload", "deploy"});
  CHECK(changed->steps[0].subject == "1 file");
  CHECK(changed->steps[0].detail.find("(1 of 2 files already stored)") != std::string::npos);

  test::write_file(dir / "index.html", "<h1>home</h1>");
  test::write_file(dir / "_headers", "/*\n  X-A: 2\n");
  auto rules = plan_of(world, dir.path());
  REQUIRE(rules.ok());
  CHECK(actions(*rules) == std::vector<std::string>{"deploy"});
}

TEST_CASE("pages plan: another branch is a preview - compared with that branch's deployment",
          "[pages][plan]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), kFiles);
  deploy_folder(world, "site", dir.path());
  auto preview = plan_of(world, dir.path(), {{"branch", "feature"}});
  REQUIRE(preview.ok());
  CHECK(preview->summary["environment"] == "preview");
  CHECK(preview->summary["branch"] == "feature");
  CHECK(actions(*preview) == std::vector<std::string>{"deploy"});  // production's files differ
  CHECK_FALSE(preview->summary.contains("current_deployment"));

  deploy_folder(world, "site", dir.path(), "feature");
  auto again = plan_of(world, dir.path(), {{"branch", "feature"}});
  REQUIRE(again.ok());
  CHECK(again->no_changes());
}

TEST_CASE("pages plan: bad input fails before any request", "[pages][plan]") {
  PagesWorld world(nlohmann::json{{"max_file_count_allowed", 2}});
  SECTION("a file over 25 MiB") {
    TempDir dir;
    write_site(dir.path(), {{"index.html", "ok"}});
    test::write_file(dir / "big.bin", "");
    std::filesystem::resize_file(dir / "big.bin", 26ull * 1024 * 1024);
    auto plan = plan_of(world, dir.path());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().kind == ErrorKind::config);
    CHECK(plan.error().message.find("big.bin") != std::string::npos);
    CHECK(world.requests("") == 0);
  }
  SECTION("a folder that does not exist") {
    TempDir dir;
    auto plan = plan_of(world, dir / "missing");
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().kind == ErrorKind::config);
    CHECK(world.requests("") == 0);
  }
  SECTION("an ignore file that cannot be read") {
    TempDir dir;
    write_site(dir.path(), {{"index.html", "ok"}});
    auto plan = plan_of(world, dir.path(), {}, (dir / "no-such-ignore").string());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().message.find("no-such-ignore") != std::string::npos);
    CHECK(world.requests("") == 0);
  }
  SECTION("more files than the project's upload token allows") {
    world.api().create_project("site");
    world.forget_requests();
    TempDir dir;
    write_site(dir.path(), {{"a.html", "a"}, {"b.html", "b"}, {"c.html", "c"}});
    auto plan = plan_of(world, dir.path());
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().kind == ErrorKind::config);
    CHECK(plan.error().message.find("holds 3 files; Cloudflare Pages allows 2") !=
          std::string::npos);
    REQUIRE_FALSE(plan.error().notes.empty());
    CHECK(world.mutating_requests() == 0);
  }
}

TEST_CASE("pages plan: the ignore file leaves files out of the plan", "[pages][plan]") {
  PagesWorld world;
  TempDir dir;
  write_site(dir.path(), {{"index.html", "ok"}, {"app.js.map", "{}"}, {"drafts/x.html", "x"}});
  test::write_file(dir / "ignore", "*.map\ndrafts/\n");
  auto plan = plan_of(world, dir.path(), {}, (dir / "ignore").string());
  REQUIRE(plan.ok());
  CHECK(plan->summary["files"] == 1);
  CHECK(check_file_count(PagesSettings{}, 5, 5).ok());
  CHECK_FALSE(check_file_count(PagesSettings{}, 6, 5).ok());
}
