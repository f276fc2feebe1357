// Status, releases and rollback of the GitHub Pages target, against the GitHub emulator: the
// branch's publish commits are the releases (newest first), the status names the commit the
// site serves and its build, and a rollback publishes an earlier tree as a new commit — planned
// without pushing, refused for unknown commits.
#include <catch2/catch.hpp>

#include "targets/github_pages/github_pages_target.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {
const std::string kToml = "repository = \"octo/site\"\ndirectory = \"site\"\n";
}  // namespace

TEST_CASE("gh-pages history: not deployed - then releases newest first and a healthy status",
          "[gh-pages][history]") {
  GitHubWorld world;
  TempDir project;
  InDirectory in(project.path());
  auto target = open_docs_target(world.context(), kToml);
  REQUIRE(target.ok());
  auto empty = (*target)->status();
  REQUIRE(empty.ok());
  CHECK(empty->health == Health::not_deployed);

  write_file(project / "site" / "index.html", "v1");
  Outcome v1 = deploy_docs(world.context(), **target);
  world.clock().advance(std::chrono::seconds(5));
  write_file(project / "site" / "index.html", "v2");
  Outcome v2 = deploy_docs(world.context(), **target);

  auto releases = (*target)->releases();
  REQUIRE(releases.ok());
  REQUIRE(releases->size() == 2);
  CHECK((*releases)[0].version == v2.release_after);
  CHECK((*releases)[0].current);
  CHECK((*releases)[1].version == v1.release_after);
  CHECK_FALSE((*releases)[1].current);

  auto status = (*target)->status();
  REQUIRE(status.ok());
  CHECK(status->health == Health::healthy);
  CHECK(status->release == v2.release_after);
  CHECK(status->details["build"]["status"] == "built");
}

TEST_CASE("gh-pages history: a rollback republishes v1's tree as a new commit",
          "[gh-pages][history]") {
  GitHubWorld world;
  TempDir project;
  InDirectory in(project.path());
  auto target = open_docs_target(world.context(), kToml);
  REQUIRE(target.ok());
  write_file(project / "site" / "index.html", "v1");
  Outcome v1 = deploy_docs(world.context(), **target);
  write_file(project / "site" / "index.html", "v2");
  deploy_docs(world.context(), **target);
  const auto repo = world.github().repo("octo/site");
  const int before = commit_count(repo, "gh-pages");

  auto plan = (*target)->plan_rollback(RollbackRequest{});
  REQUIRE(plan.ok());
  CHECK(commit_count(repo, "gh-pages") == before);  // planned, not pushed
  auto progress = world.context().ui.start_progress("rolling back", "steps");
  auto rolled = (*target)->apply(*plan, *progress);
  INFO((rolled.ok() ? "" : rolled.error().message));
  REQUIRE(rolled.ok());
  CHECK(rolled->result == RunResult::rolled_back);
  CHECK(branch_files(repo, "gh-pages").at("index.html") == "v1");
  CHECK(commit_count(repo, "gh-pages") == before + 1);  // a new commit, history kept
  CHECK(rolled->release_after != v1.release_after);

  RollbackRequest unknown;
  unknown.to = "deadbeef";
  auto refused = (*target)->plan_rollback(unknown);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::not_found);
  CHECK(commit_count(repo, "gh-pages") == before + 1);
}
