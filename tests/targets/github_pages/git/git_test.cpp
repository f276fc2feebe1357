// The git CLI seam with the real git: a clean environment, git's own words in errors (secrets
// redacted), and the token sent as an http extraHeader only on network calls, never in the
// command line — checked against the GitHub emulator's smart HTTP, which refuses a push or
// fetch without it.
#include "targets/github_pages/git/git.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_test_support.h"
#include "util/strings.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

TEST_CASE("gh-pages git: runs in its repository with the caller's git variables removed",
          "[gh-pages][git]") {
  PagesTestContext test;
  TempDir dir;
  git({"init", "--quiet", "--bare", (dir / "a.git").string()});
  commit_files(dir / "a.git", "main", {{"x.txt", "x"}});
  Git repo(test.context(), dir / "a.git", {});
  auto head = repo.output({"rev-parse", "refs/heads/main"});
  REQUIRE(head.ok());
  CHECK(trim(*head).size() == 40);

  GitCall with_env;
  with_env.args = {"var", "GIT_AUTHOR_IDENT"};
  with_env.env = {{"GIT_AUTHOR_NAME", "Robot"}, {"GIT_AUTHOR_EMAIL", "robot@example.org"}};
  CHECK(repo.output(with_env).value().rfind("Robot <robot@example.org>", 0) == 0);

  GitCall input;
  input.args = {"hash-object", "--stdin"};
  input.stdin_data = "hello\n";
  CHECK(trim(repo.output(input).value()) == "ce013625030ba8dba906f756967f9e9ca394464a");
}

TEST_CASE("gh-pages git: a failure quotes git's stderr - redacted - as a failed error",
          "[gh-pages][git]") {
  PagesTestContext test;
  TempDir dir;
  git({"init", "--quiet", "--bare", (dir / "a.git").string()});
  test.context().redactor.add("s3cret-word");
  Git repo(test.context(), dir / "a.git", {});
  GitCall call;
  call.args = {"rev-parse", "--verify", "s3cret-word"};
  auto raw = repo.run(call);
  REQUIRE(raw.ok());
  CHECK(raw->exit_code != 0);  // a normal result for run()
  auto failed = repo.output(call);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::failed);
  CHECK(failed.error().message == "git rev-parse --verify failed (exit 128)");
  REQUIRE_FALSE(failed.error().notes.empty());
  for (const auto& note : failed.error().notes) CHECK(note.find("s3cret-word") == std::string::npos);

  CHECK(short_sha("ce013625030ba8dba906f756967f9e9ca394464a") == "ce01362");
}

TEST_CASE("gh-pages git: network calls carry the token in a header - never on the command line",
          "[gh-pages][git]") {
  GitHubWorld world;
  world.seed("octo/site", "gh-pages", {{"index.html", "hi"}});
  const GitHubEndpoints endpoints = endpoints_from_environment(world.env());
  const std::string url = endpoints.server_url + "/octo/site.git";
  GitAuth auth{endpoints.server_url + "/", "Authorization: Basic " + basic_credentials(world.token())};
  world.context().redactor.add(world.token());

  GitCall list;
  list.args = {"ls-remote", url, "refs/heads/gh-pages"};
  list.network = true;
  Git with_token(world.context(), {}, auth);
  auto listed = with_token.output(list);
  INFO(world.err());
  REQUIRE(listed.ok());
  CHECK(listed->find("refs/heads/gh-pages") != std::string::npos);
  CHECK(world.err().find("git ls-remote") != std::string::npos);  // verbose: the command is shown
  CHECK(world.err().find(world.token()) == std::string::npos);

  Git without(world.context(), {}, {});
  auto refused = without.output(list);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::auth);
  CHECK(refused.error().message == "git ls-remote " + url + " failed (exit 128)");

  GitCall local = list;
  local.network = false;  // the header is only for network calls
  CHECK_FALSE(with_token.output(local).ok());
}
