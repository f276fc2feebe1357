// Who a publish commit is by and what it says, with the real git in a project folder: the
// author setting, else the CI actor, else the project's git user, else raxol-deploy; the
// source commit from --commit-hash, HEAD or GITHUB_SHA; the message; the origin remote.
#include "targets/github_pages/publish_inputs.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {
DeployRequest with_commit(const std::string& hash) {
  DeployRequest request;
  request.options.set("commit-hash", OptionValue{OptionType::text, hash, {}, 0, {}});
  return request;
}
}  // namespace

TEST_CASE("gh-pages inputs: the author from the setting - the CI actor - git or ourselves",
          "[gh-pages][inputs]") {
  PagesTestContext test;
  TempDir project;
  InDirectory in(project.path());
  test.env().set("GITHUB_ACTOR", std::nullopt);
  PagesSettings settings;
  settings.author = "Pat Doe <pat@example.org>";
  Author set = resolve_author(settings, test.context());
  CHECK(set.name == "Pat Doe");
  CHECK(set.email == "pat@example.org");

  settings.author.clear();
  test.env().set("GITHUB_ACTOR", "octocat");
  CHECK(resolve_author(settings, test.context()).display() ==
        "octocat <octocat@users.noreply.github.com>");

  test.env().set("GITHUB_ACTOR", std::nullopt);
  git({"init", "--quiet", project.path().string()});
  git({"-C", project.path().string(), "config", "user.name", "Local Dev"});
  git({"-C", project.path().string(), "config", "user.email", "dev@example.org"});
  CHECK(resolve_author(settings, test.context()).display() == "Local Dev <dev@example.org>");
}

TEST_CASE("gh-pages inputs: source commit - message and origin", "[gh-pages][inputs]") {
  PagesTestContext test;
  TempDir project;
  InDirectory in(project.path());
  test.env().set("GITHUB_SHA", "feedfacefeedface");
  PagesSettings settings;
  CHECK(resolve_source_commit(DeployRequest{}, test.context()) == "feedfacefeedface");  // no repo
  CHECK(origin_url(test.context()).empty());

  git({"init", "--quiet", "--initial-branch=main", project.path().string()});
  write_file(project / "a.txt", "a");
  git({"-C", project.path().string(), "add", "a.txt"});
  git({"-C", project.path().string(), "commit", "--quiet", "-m", "first"});
  const std::string head = git({"-C", project.path().string(), "rev-parse", "HEAD"});
  git({"-C", project.path().string(), "remote", "add", "origin", "https://github.com/octo/site.git"});
  CHECK(resolve_source_commit(DeployRequest{}, test.context()) == head);
  CHECK(resolve_source_commit(with_commit("abc"), test.context()) == "abc");
  CHECK(origin_url(test.context()) == "https://github.com/octo/site.git");

  CHECK(publish_message(settings, DeployRequest{}, head) == "deploy: " + head);
  CHECK(publish_message(settings, DeployRequest{}, "") == "deploy");
  settings.message = "Publish the docs";
  CHECK(publish_message(settings, DeployRequest{}, head) == "Publish the docs");
  DeployRequest described;
  described.description = "hotfix";
  CHECK(publish_message(settings, described, head) == "hotfix");
}
