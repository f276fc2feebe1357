// The GitHub Pages tier end to end: the real binary publishes examples/raxol's performance
// dashboard into performance/ of a branch in the sandbox, keeps the rest of the branch, rolls
// back, and waits for the emulated Pages build.
#include <catch2/catch.hpp>

#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

std::map<std::string, std::string> dashboard_files() {
  auto dir = source_path("examples/raxol/docs/performance");
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    files[entry.path().filename().string()] = read_file(entry.path());
  REQUIRE(files.count("index.html") == 1);
  return files;
}

const std::map<std::string, std::string> kActor = {{"GITHUB_ACTOR", "octo"}};

}  // namespace

TEST_CASE(
    "gh-pages e2e: publish the dashboard to performance/, keep the branch, no empty "
    "commits",
    "[e2e][gh-pages]") {
  SandboxFixture box(fast_github());
  auto repo = create_sandbox_repo(box, "raxol/raxol");
  commit_files(
      repo, "gh-pages",
      {{"CNAME", "raxol.example.org\n"}, {"index.html", "home"}, {"blog/post.html", "post"}});
  GhPagesProject project("raxol/raxol", "performance", dashboard_files());

  auto first = run_pages(box, project.dir.path(),
                         {"--json", "deploy", "gh-pages", "--commit-hash", "abc1234"}, kActor);
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  auto outcome = json::parse(first.out);
  CHECK(outcome["result"] == "deployed");
  CHECK(outcome["details"]["build"]["status"] == "built");
  CHECK(outcome["status"]["health"] == "healthy");
  CHECK(outcome["url"] == "https://raxol.github.io/raxol/performance/");
  auto files = branch_files(repo, "gh-pages");
  CHECK(files.at("CNAME") == "raxol.example.org\n");
  CHECK(files.at("index.html") == "home");
  CHECK(files.at("blog/post.html") == "post");
  CHECK(files.at(".nojekyll").empty());
  for (const auto& [name, content] : dashboard_files())
    CHECK(files.at("performance/" + name) == content);
  CHECK(commit_count(repo, "gh-pages") == 2);
  CHECK(git({"log", "-1", "--format=%s|%an <%ae>", "gh-pages"}, repo) ==
        "deploy: abc1234|octo <octo@users.noreply.github.com>");

  auto unchanged = run_pages(box, project.dir.path(), {"--json", "deploy", "gh-pages"}, kActor);
  REQUIRE(unchanged.exit_code == 0);
  CHECK(json::parse(unchanged.out)["result"] == "unchanged");
  CHECK(commit_count(repo, "gh-pages") == 2);

  // A plan changes nothing remote.
  write_file(project.site() / "data.json", "{\"runs\": []}");
  auto plan = run_pages(box, project.dir.path(), {"--json", "deploy", "gh-pages", "--dry-run"});
  REQUIRE(plan.exit_code == 0);
  auto plan_json = json::parse(plan.out);
  CHECK(plan_json["changes"] == true);
  CHECK(plan_json["summary"]["files_changed"] == 1);
  CHECK(plan_json["detail"]["changed"] == json::array({"performance/data.json"}));
  CHECK(commit_count(repo, "gh-pages") == 2);

  auto second = run_pages(box, project.dir.path(), {"deploy", "gh-pages", "--message", "refresh"});
  REQUIRE(second.exit_code == 0);
  CHECK(commit_count(repo, "gh-pages") == 3);
  CHECK(git({"log", "-1", "--format=%s", "gh-pages"}, repo) == "refresh");
  CHECK(git({"log", "--merges", "--format=%H", "gh-pages"}, repo).empty());
}
