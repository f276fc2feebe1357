// The Pages site around a branch publish, against the GitHub emulator: what has to change
// (enable, source, custom domain, https_enforced waiting for the certificate), applying it,
// and waiting for the build of a commit — built, errored, superseded or timed out — with the
// emulator's builds moved along by the fake clock the wait sleeps on.
#include "targets/github_pages/pages_site.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/git/git.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test;
using namespace raxol::test::ghp;

namespace {
struct Site {
  GitHubWorld world;
  std::filesystem::path repo;
  std::unique_ptr<PagesClient> client;
  PagesSettings settings;
  explicit Site(const nlohmann::json& github = nlohmann::json::object())
      : world(nlohmann::json{{"github", github}}) {
    repo = world.seed("octo/site", "gh-pages", {{"index.html", "1"}});
    client = std::make_unique<PagesClient>(world.http(), endpoints_from_environment(world.env()),
                                           "octo", "site");
  }
};
}  // namespace

TEST_CASE("gh-pages site: enabled when absent - then nothing to change", "[gh-pages][site]") {
  Site s;
  s.settings.cname = "docs.example.com";
  auto plan = plan_site(*s.client, s.settings);
  REQUIRE(plan.ok());
  CHECK(plan->create);
  CHECK_FALSE(plan->site.has_value());
  CHECK(plan->changes.body == nlohmann::json{{"cname", "docs.example.com"}});
  CHECK(s.world.requests("POST") == 0);  // planning is read-only

  auto applied = apply_site(*s.client, *plan, s.settings);
  REQUIRE(applied.ok());
  CHECK(applied->source_branch == "gh-pages");
  CHECK(applied->cname == "docs.example.com");
  CHECK(plan->serves_branch());
  auto again = plan_site(*s.client, s.settings);
  REQUIRE(again.ok());
  CHECK_FALSE(again->create);
  CHECK(again->changes.empty());
}

TEST_CASE("gh-pages site: another source branch is switched - a workflow site only warned about",
          "[gh-pages][site]") {
  Site s;
  REQUIRE(s.client->create_site("main", "/docs").ok());
  auto plan = plan_site(*s.client, s.settings);
  REQUIRE(plan.ok());
  CHECK(plan->changes.body["source"] == nlohmann::json{{"branch", "gh-pages"}, {"path", "/"}});
  CHECK(plan->changes.descriptions[0] == "source main:/docs -> gh-pages:/");
  REQUIRE(apply_site(*s.client, *plan, s.settings).ok());
  CHECK(s.client->get_site().value()->source_branch == "gh-pages");

  REQUIRE(s.client->update_site({{"build_type", "workflow"}}).ok());
  auto workflow = plan_site(*s.client, s.settings);
  REQUIRE(workflow.ok());
  CHECK(workflow->warning.find("built by a workflow") != std::string::npos);
  CHECK_FALSE(workflow->serves_branch());
  CHECK(workflow->changes.empty());
}

TEST_CASE("gh-pages site: https_enforced waits for the certificate of a custom domain",
          "[gh-pages][site]") {
  Site s(nlohmann::json{{"certificate_ms", 10000}});
  s.settings.cname = "docs.example.com";
  s.settings.https_enforced = true;
  auto plan = plan_site(*s.client, s.settings);
  REQUIRE(plan.ok());
  CHECK_FALSE(plan->changes.body.contains("https_enforced"));
  CHECK(plan->https_deferred.find("docs.example.com") != std::string::npos);
  REQUIRE(apply_site(*s.client, *plan, s.settings).ok());

  s.world.clock().advance(std::chrono::seconds(11));  // the certificate is approved
  auto later = plan_site(*s.client, s.settings);
  REQUIRE(later.ok());
  CHECK(later->https_deferred.empty());
  CHECK(later->changes.body == nlohmann::json{{"https_enforced", true}});
  REQUIRE(apply_site(*s.client, *later, s.settings).ok());
  CHECK(s.client->get_site().value()->https_enforced);
}

TEST_CASE("gh-pages site: waiting for the build of a commit", "[gh-pages][site]") {
  SECTION("built") {
    Site s(nlohmann::json{{"build_ms", 3000}});
    REQUIRE(s.client->create_site("gh-pages", "/").ok());
    const std::string tip = git({"rev-parse", "gh-pages"}, s.repo);
    Git cache(s.world.context(), s.repo, {});
    auto waited = wait_for_build(*s.client, cache, s.world.context(), tip,
                                 std::chrono::seconds(60), [] { return Status{}; });
    INFO((waited.ok() ? "" : waited.error().message));
    REQUIRE(waited.ok());
    CHECK(waited->result == "built");
    CHECK(waited->build.commit == tip);
    CHECK(s.world.clock().sleeps().front() == std::chrono::milliseconds(250));
  }
  SECTION("errored") {
    Site s(nlohmann::json{{"build_error", "Page build failed: bad front matter"}});
    REQUIRE(s.client->create_site("gh-pages", "/").ok());
    const std::string tip = git({"rev-parse", "gh-pages"}, s.repo);
    Git cache(s.world.context(), s.repo, {});
    s.world.clock().advance(std::chrono::seconds(1));
    auto failed = wait_for_build(*s.client, cache, s.world.context(), tip,
                                 std::chrono::seconds(60), [] { return Status{}; });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::failed);
    CHECK(failed.error().message.find("bad front matter") != std::string::npos);
  }
  SECTION("superseded by a newer commit that contains ours") {
    Site s(nlohmann::json{{"build_ms", 100}});
    const std::string ours = git({"rev-parse", "gh-pages"}, s.repo);
    const std::string newer = commit_files(s.repo, "gh-pages", {{"index.html", "2"}});
    REQUIRE(s.client->create_site("gh-pages", "/").ok());  // builds the tip: the newer commit
    s.world.clock().advance(std::chrono::seconds(1));
    Git cache(s.world.context(), s.repo, {});
    auto waited = wait_for_build(*s.client, cache, s.world.context(), ours,
                                 std::chrono::seconds(60), [] { return Status{}; });
    REQUIRE(waited.ok());
    CHECK(waited->result == "superseded");
    CHECK(waited->build.commit == newer);
  }
  SECTION("timeout") {
    Site s;
    REQUIRE(s.client->create_site("gh-pages", "/").ok());
    Git cache(s.world.context(), s.repo, {});
    auto late = wait_for_build(*s.client, cache, s.world.context(),
                               "0000000000000000000000000000000000000000",
                               std::chrono::seconds(5), [] { return Status{}; });
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::timeout);
    CHECK(late.error().message == "GitHub Pages has not built 0000000 after 5 s");
  }
}
