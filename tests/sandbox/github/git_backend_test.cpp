// The git side of the GitHub emulator through its API: bare repositories made on first use,
// branch tips, and the "concurrent publisher" commit landed on a branch. (Serving git
// http-backend is exercised over HTTP in git_routes_test.cpp.)
#include "sandbox/github/git_backend.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/pages_test_support.h"

using namespace raxol::sandbox::github;
using namespace raxol::test::ghp;

TEST_CASE("github git backend: repositories, tips and concurrent commits", "[sandbox][github]") {
  raxol::test::TempDir dir;
  GitBackend backend(dir / "repos");
  CHECK(backend.repo_path("o", "r") == dir / "repos" / "o" / "r.git");
  CHECK(backend.branch_tip("o", "r", "main") == "");  // no repository yet
  REQUIRE(backend.ensure_repo("o", "r").ok());
  REQUIRE(backend.ensure_repo("o", "r").ok());  // idempotent
  CHECK(git({"symbolic-ref", "HEAD"}, backend.repo_path("o", "r")) == "refs/heads/main");
  CHECK(backend.branch_tip("o", "r", "main") == "");  // empty repository

  const std::string first =
      commit_files(backend.repo_path("o", "r"), "gh-pages", {{"index.html", "hi"}});
  CHECK(backend.branch_tip("o", "r", "gh-pages") == first);
  auto landed = backend.land_concurrent_commit("o", "r", "gh-pages");
  REQUIRE(landed.ok());
  CHECK(backend.branch_tip("o", "r", "gh-pages") == *landed);
  auto files = branch_files(backend.repo_path("o", "r"), "gh-pages");
  CHECK(files.at("index.html") == "hi");  // on top of what was there
  REQUIRE(files.size() == 2);
  CHECK(files.begin()->first.rfind("concurrent/", 0) == 0);  // sorts before index.html
  CHECK(commit_count(backend.repo_path("o", "r"), "gh-pages") == 2);

  // A branch that does not exist yet is made by the concurrent publisher.
  auto fresh = backend.land_concurrent_commit("o", "new", "pages");
  REQUIRE(fresh.ok());
  CHECK(commit_count(backend.repo_path("o", "new"), "pages") == 1);
}
