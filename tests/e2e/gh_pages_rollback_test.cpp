// GitHub Pages history end to end: releases are the publish commits, a rollback publishes an
// earlier tree as a new commit (nothing forced), and a failed Pages build fails the deploy.
#include <catch2/catch.hpp>

#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

TEST_CASE(
    "gh-pages e2e: releases, rollback and rollback --to publish an earlier tree as a new commit",
    "[e2e][gh-pages]") {
  SandboxFixture box(fast_github());
  GhPagesProject project("raxol/raxol", "performance", {{"index.html", "v1"}, {"data.json", "1"}});
  auto repo = sandbox_repo(box, "raxol/raxol");
  REQUIRE(run_pages(box, project.dir.path(), {"deploy", "gh-pages"}).exit_code == 0);
  std::string first = git({"rev-parse", "gh-pages"}, repo);
  write_file(project.site() / "data.json", "2");
  REQUIRE(run_pages(box, project.dir.path(), {"deploy", "gh-pages"}).exit_code == 0);
  std::string second = git({"rev-parse", "gh-pages"}, repo);
  // Someone else's publish elsewhere on the branch is not a release of this target.
  commit_files(repo, "gh-pages", {{"other/x.html", "x"}}, "other publisher");

  auto rollback = run_pages(box, project.dir.path(), {"--json", "rollback", "gh-pages", "--yes"});
  INFO(rollback.err);
  REQUIRE(rollback.exit_code == 0);
  auto outcome = json::parse(rollback.out);
  CHECK(outcome["result"] == "rolled-back");
  CHECK(outcome["details"]["restored"] == first);
  CHECK(outcome["details"]["build"]["status"] == "built");
  CHECK(git({"rev-parse", "gh-pages:performance"}, repo) ==
        git({"rev-parse", first + ":performance"}, repo));
  CHECK(branch_files(repo, "gh-pages").at("other/x.html") == "x");
  CHECK(commit_count(repo, "gh-pages") == 4);  // nothing rewritten
  CHECK(git({"merge-base", "--is-ancestor", second, "gh-pages"}, repo).empty());

  auto releases = run_pages(box, project.dir.path(), {"--json", "releases", "gh-pages"});
  REQUIRE(releases.exit_code == 0);
  auto list = json::parse(releases.out)["releases"];
  REQUIRE(list.size() == 3);
  CHECK(list[0]["current"] == true);
  CHECK(list[0]["description"].get<std::string>().rfind("rollback to " + first.substr(0, 7), 0) ==
        0);
  CHECK(list[1]["id"] == second);
  CHECK(list[2]["id"] == first);

  auto to_second = run_pages(box, project.dir.path(),
                             {"rollback", "gh-pages", "--yes", "--to", second.substr(0, 10)});
  REQUIRE(to_second.exit_code == 0);
  CHECK(branch_files(repo, "gh-pages").at("performance/data.json") == "2");

  auto unknown =
      run_pages(box, project.dir.path(), {"rollback", "gh-pages", "--yes", "--to", "deadbeef"});
  CHECK(unknown.exit_code != 0);
  CHECK(unknown.err.find("not found") != std::string::npos);

  auto status = run_pages(box, project.dir.path(), {"--json", "status", "gh-pages"});
  REQUIRE(status.exit_code == 0);
  auto status_json = json::parse(status.out);
  CHECK(status_json["health"] == "healthy");
  CHECK(status_json["release"] == git({"rev-parse", "--short=7", "gh-pages"}, repo));
}

TEST_CASE("gh-pages e2e: an errored Pages build fails the deploy, wait = false does not wait",
          "[e2e][gh-pages]") {
  SandboxFixture box(fast_github({{"build_error", "Page build failed: symlink"}}));
  GhPagesProject project("octo/site", "", {{"index.html", "x"}});
  auto failed = run_pages(box, project.dir.path(), {"deploy", "gh-pages"});
  CHECK(failed.exit_code != 0);
  CHECK(failed.err.find("errored: Page build failed: symlink") != std::string::npos);
  // The commit itself landed; the site keeps serving the previous build.
  CHECK(commit_count(sandbox_repo(box, "octo/site"), "gh-pages") == 1);
  auto status = run_pages(box, project.dir.path(), {"--json", "status", "gh-pages"});
  CHECK(json::parse(status.out)["health"] == "down");

  GhPagesProject no_wait("octo/site", "", {{"index.html", "y"}}, "wait = false\n");
  auto quick = run_pages(box, no_wait.dir.path(), {"--json", "deploy", "gh-pages"});
  INFO(quick.err);
  REQUIRE(quick.exit_code == 0);
  CHECK_FALSE(json::parse(quick.out)["details"].contains("build"));
}
