// Two publishers at once: both land, neither erases the other's folder, history stays linear.
#include <catch2/catch.hpp>

#include "support/spawn_binary.h"
#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

TEST_CASE("gh-pages e2e: two publishes started at once (different destination dirs) both land",
          "[e2e][gh-pages]") {
  SandboxFixture box(fast_github());
  GhPagesProject a("raxol/raxol", "perf-a", {{"index.html", "a1"}});
  GhPagesProject b("raxol/raxol", "perf-b", {{"index.html", "b1"}});
  auto repo = sandbox_repo(box, "raxol/raxol");
  for (int round = 1; round <= 3; ++round) {
    write_file(a.site() / "index.html", "a" + std::to_string(round));
    write_file(b.site() / "index.html", "b" + std::to_string(round));
    BackgroundBinary first({"-C", a.dir.path().string(), "--json", "deploy", "gh-pages"}, box.env(),
                           {});
    BackgroundBinary second({"-C", b.dir.path().string(), "--json", "deploy", "gh-pages"},
                            box.env(), {});
    auto one = first.wait();
    auto two = second.wait();
    INFO("round " << round << "\nA: " << one.err << "\nB: " << two.err);
    REQUIRE(one.exit_code == 0);
    REQUIRE(two.exit_code == 0);
    auto files = branch_files(repo, "gh-pages");
    CHECK(files.at("perf-a/index.html") == "a" + std::to_string(round));
    CHECK(files.at("perf-b/index.html") == "b" + std::to_string(round));
  }
  CHECK(commit_count(repo, "gh-pages") == 6);
  CHECK(git({"log", "--merges", "--format=%H", "gh-pages"}, repo).empty());
}

TEST_CASE("gh-pages e2e: a push rejected by a concurrent commit is re-applied on top",
          "[e2e][gh-pages]") {
  SandboxFixture box(fast_github({{"concurrent_pushes", 1}}));
  GhPagesProject project("raxol/raxol", "performance", {{"index.html", "ours"}});
  auto result = run_pages(box, project.dir.path(), {"--json", "deploy", "gh-pages"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  auto outcome = json::parse(result.out);
  CHECK(outcome["details"]["attempts"] == 2);
  CHECK(result.err.find("re-applying performance/ on top") != std::string::npos);
  auto repo = sandbox_repo(box, "raxol/raxol");
  auto files = branch_files(repo, "gh-pages");
  CHECK(files.at("performance/index.html") == "ours");
  bool theirs = false;
  for (const auto& [path, content] : files) theirs |= path.rfind("concurrent/", 0) == 0;
  CHECK(theirs);
  CHECK(commit_count(repo, "gh-pages") == 2);
}
