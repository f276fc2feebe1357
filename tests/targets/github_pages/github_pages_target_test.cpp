// The GitHub Pages target's plan and apply through the Target interface, against the GitHub
// emulator (git smart HTTP and REST) from a project folder: the first publish creates the
// branch and enables the site, plans send nothing that changes, an unchanged folder plans
// nothing, a 500 from the REST API leaves the pushed branch as it was; and the factory's errors.
#include "targets/github_pages/github_pages_target.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {
const std::string kToml = "repository = \"octo/site\"\ndirectory = \"site\"\n";
}  // namespace

TEST_CASE("gh-pages target: first publish pushes the branch - enables the site - waits the build",
          "[gh-pages][target]") {
  GitHubWorld world;
  TempDir project;
  InDirectory in(project.path());
  write_file(project / "site" / "index.html", "<h1>v1</h1>");
  auto target = open_docs_target(world.context(), kToml);
  INFO((target.ok() ? "" : target.error().message));
  REQUIRE(target.ok());
  CHECK(world.context().redactor.redact(world.token()) == "[REDACTED]");

  auto plan = (*target)->plan(DeployRequest{});
  REQUIRE(plan.ok());
  std::vector<std::string> actions;
  for (const auto& step : plan->steps) actions.push_back(step.action);
  CHECK(actions == std::vector<std::string>{"commit", "push", "create", "wait"});
  CHECK(world.requests("POST", "/api/v3") == 0);  // git's fetch is a POST of upload-pack
  CHECK(world.requests("PUT", "/api/v3") == 0);
  CHECK(world.requests("", "git-receive-pack") == 0);  // nothing pushed by a plan

  Outcome outcome = deploy_docs(world.context(), **target);
  CHECK(outcome.result == RunResult::deployed);
  CHECK(outcome.url == "https://octo.github.io/site/");
  CHECK(outcome.details["build"]["result"] == "built");
  const auto repo = world.github().repo("octo/site");
  auto files = branch_files(repo, "gh-pages");
  CHECK(files.at("index.html") == "<h1>v1</h1>");
  CHECK(files.count(".nojekyll") == 1);
  CHECK(world.err().find(world.token()) == std::string::npos);

  auto again = (*target)->plan(DeployRequest{});
  REQUIRE(again.ok());
  CHECK(again->no_changes());
}

TEST_CASE("gh-pages target: a failing REST call after the push is reported - the push stands",
          "[gh-pages][target]") {
  GitHubWorld world;
  TempDir project;
  InDirectory in(project.path());
  write_file(project / "site" / "index.html", "v1");
  auto target = open_docs_target(world.context(), kToml);
  REQUIRE(target.ok());
  deploy_docs(world.context(), **target);
  const auto repo = world.github().repo("octo/site");
  const int before = commit_count(repo, "gh-pages");

  write_file(project / "site" / "index.html", "v2");
  world.github().box.add_fault({{"service", "github"}, {"method", "GET"},
                                {"path", "/api/v3/repos/octo/site/pages/builds/latest"},
                                {"status", 500}});
  auto plan = (*target)->plan(DeployRequest{});
  REQUIRE(plan.ok());
  auto progress = world.context().ui.start_progress("deploying", "steps");
  auto failed = (*target)->apply(*plan, *progress);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().http_status == 500);
  CHECK(failed.error().message.find("read the latest Pages build (octo/site)") != std::string::npos);
  CHECK(commit_count(repo, "gh-pages") == before + 1);  // the commit was pushed before the wait
}

TEST_CASE("gh-pages target: the factory refuses bad settings and a project without a remote",
          "[gh-pages][target]") {
  GitHubWorld world;
  TempDir project;
  InDirectory in(project.path());
  auto bad = open_docs_target(world.context(), "directory = \"site\"\ndestination_dir = \"../up\"\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().kind == ErrorKind::config);
  CHECK(bad.error().message.rfind("raxol-deploy.toml:4:", 0) == 0);

  auto typed = open_docs_target(world.context(), "directory = \"site\"\nkeep_files = \"yes\"\n");
  REQUIRE_FALSE(typed.ok());
  CHECK(typed.error().message.rfind("raxol-deploy.toml:4:14: targets.docs.keep_files: expected a boolean", 0) == 0);

  auto no_remote = open_docs_target(world.context(), "directory = \"site\"\n");  // no origin
  REQUIRE_FALSE(no_remote.ok());
  CHECK((no_remote.error().kind == ErrorKind::config || no_remote.error().kind == ErrorKind::usage));
}
