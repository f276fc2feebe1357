// The release history of a Pages branch read with the real git: first-parent publishes that
// touched the destination, newest first, with author and UTC date; and a release named on the
// command line resolved only when it is a commit id on the branch.
#include "targets/github_pages/publish/history.h"

#include <catch2/catch.hpp>
#include <regex>

#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

TEST_CASE("gh-pages history: publishes of the destination - newest first", "[gh-pages][history]") {
  PagesTestContext test;
  TempDir dir;
  const auto repo = dir / "r.git";
  git({"init", "--quiet", "--bare", repo.string()});
  const std::string first = commit_files(repo, "gh-pages", {{"docs/a.html", "1"}}, "deploy: one");
  commit_files(repo, "gh-pages", {{"blog/x.html", "x"}}, "blog post");
  const std::string third = commit_files(repo, "gh-pages", {{"docs/a.html", "2"}}, "deploy: two");
  Git cache(test.context(), repo, {});

  auto docs = publish_history(cache, "refs/heads/gh-pages", "docs", 10);
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 2);
  CHECK((*docs)[0].sha == third);
  CHECK((*docs)[0].subject == "deploy: two");
  CHECK((*docs)[0].author_name == "Test");
  CHECK((*docs)[0].author_email == "test@example.org");
  CHECK(std::regex_match((*docs)[0].date, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
  CHECK((*docs)[1].sha == first);

  auto all = publish_history(cache, "refs/heads/gh-pages", "", 10);
  REQUIRE(all.ok());
  CHECK(all->size() == 3);
  CHECK(publish_history(cache, "refs/heads/gh-pages", "", 1).value().size() == 1);
  CHECK_FALSE(publish_history(cache, "refs/heads/no-such-branch", "", 10).ok());
}

TEST_CASE("gh-pages history: a release is a commit id on the branch - nothing else",
          "[gh-pages][history]") {
  PagesTestContext test;
  TempDir dir;
  const auto repo = dir / "r.git";
  git({"init", "--quiet", "--bare", repo.string()});
  const std::string on_branch = commit_files(repo, "gh-pages", {{"a", "1"}});
  commit_files(repo, "gh-pages", {{"a", "2"}});
  const std::string elsewhere = commit_files(repo, "other", {{"b", "1"}});
  Git cache(test.context(), repo, {});

  CHECK(resolve_commit_on(cache, on_branch, "refs/heads/gh-pages").value() == on_branch);
  CHECK(resolve_commit_on(cache, on_branch.substr(0, 8), "refs/heads/gh-pages").value() ==
        on_branch);
  for (const std::string& bad : {elsewhere, std::string("deadbeef"), std::string("--all"),
                                 std::string("HEAD"), std::string("abc")}) {
    INFO(bad);
    auto refused = resolve_commit_on(cache, bad, "refs/heads/gh-pages");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::not_found);
  }
}
