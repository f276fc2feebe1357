// The publish cache: a bare repository per remote and branch under <project>/.raxol/gh-pages,
// created once; fetch follows the remote branch (and forgets it when the branch is gone);
// set_tip records a push; a fetch failure names the branch and remote without credentials;
// the lock is exclusive.
#include "targets/github_pages/publish/cache_repo.h"

#include <sys/file.h>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {
Remote file_remote(const std::filesystem::path& repo) {
  auto remote = resolve_remote("file://" + repo.string(), "", GitHubEndpoints{});
  REQUIRE(remote.ok());
  return *remote;
}
}  // namespace

TEST_CASE("gh-pages cache: created once per remote and branch - follows the remote tip",
          "[gh-pages][cache]") {
  PagesTestContext test;
  TempDir dir;
  const auto remote_repo = dir / "remote.git";
  git({"init", "--quiet", "--bare", remote_repo.string()});
  const Remote remote = file_remote(remote_repo);
  auto cache = CacheRepo::open(test.context(), dir / "project", remote, "feature/x", {});
  REQUIRE(cache.ok());
  const auto folder = (*cache)->dir();
  CHECK(folder.parent_path() == std::filesystem::absolute(dir / "project" / ".raxol" / "gh-pages"));
  CHECK(folder.filename().string() == remote.cache_key + "@feature-x.git");
  CHECK(std::filesystem::exists(folder / "HEAD"));
  CHECK(git({"config", "gc.auto"}, folder) == "0");
  CHECK((*cache)->tracking_ref() == "refs/remotes/origin/feature/x");
  CHECK((*cache)->state_path("index") == folder / "raxol" / "index");

  // No such branch yet: an empty tip.
  CHECK((*cache)->fetch().value().empty());
  const std::string first = commit_files(remote_repo, "feature/x", {{"a", "1"}});
  CHECK((*cache)->fetch().value() == first);
  CHECK((*cache)->local_tip().value() == first);
  const std::string second = commit_files(remote_repo, "feature/x", {{"a", "2"}});
  CHECK((*cache)->local_tip().value() == first);  // only a fetch moves it
  CHECK((*cache)->fetch().value() == second);

  // Opened again: the same repository, its tip kept.
  auto again = CacheRepo::open(test.context(), dir / "project", remote, "feature/x", {});
  REQUIRE(again.ok());
  CHECK((*again)->local_tip().value() == second);
  REQUIRE((*again)->set_tip(first).ok());
  CHECK((*cache)->local_tip().value() == first);
  CHECK((*again)->tidy().ok());

  // The branch deleted on the remote: the remembered tip is forgotten.
  git({"update-ref", "-d", "refs/heads/feature/x"}, remote_repo);
  CHECK((*cache)->fetch().value().empty());
  CHECK((*cache)->local_tip().value().empty());
}

TEST_CASE("gh-pages cache: a fetch failure names branch and remote - credentials hidden",
          "[gh-pages][cache]") {
  PagesTestContext test;
  TempDir dir;
  Remote remote;
  remote.url = "file://" + (dir / "missing.git").string();
  remote.cache_key = "missing";
  auto cache = CacheRepo::open(test.context(), dir / "project", remote, "gh-pages", {});
  REQUIRE(cache.ok());
  auto failed = (*cache)->fetch();
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message.rfind("cannot fetch gh-pages from " + remote.url + ": ", 0) == 0);

  auto creds = resolve_remote("https://user:pw-123@example.org/o/r.git", "", GitHubEndpoints{});
  REQUIRE(creds.ok());
  CHECK(creds->url.find("pw-123") == std::string::npos);
}

TEST_CASE("gh-pages cache: the lock is exclusive while held", "[gh-pages][cache]") {
  PagesTestContext test;
  TempDir dir;
  git({"init", "--quiet", "--bare", (dir / "remote.git").string()});
  auto cache = CacheRepo::open(test.context(), dir / "project", file_remote(dir / "remote.git"),
                               "gh-pages", {});
  REQUIRE(cache.ok());
  const auto path = (*cache)->dir() / "raxol" / "lock";
  auto try_lock = [&] {
    int fd = ::open(path.c_str(), O_RDWR);
    REQUIRE(fd >= 0);
    bool got = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return got;
  };
  {
    auto held = (*cache)->lock();
    REQUIRE(held.ok());
    CHECK_FALSE(try_lock());
  }
  CHECK(try_lock());
}
