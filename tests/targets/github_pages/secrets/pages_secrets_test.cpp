// GitHub Actions secrets as the Pages target's secrets facet: name rules checked before any
// request, and values sealed, stored, listed and removed through the GitHub emulator.
#include "targets/github_pages/secrets/pages_secrets.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test::ghp;

namespace {
struct Secrets {
  GitHubWorld world;
  std::unique_ptr<PagesSecrets> facet;
  Secrets() {
    world.seed("octo/site", "main", {{"a", "1"}});
    facet = std::make_unique<PagesSecrets>(
        world.context(), "gh-pages",
        std::make_unique<ActionsSecretsClient>(world.http(), endpoints_from_environment(world.env()),
                                               "octo", "site"),
        std::nullopt);
  }
};
SecretsRequest values(std::map<std::string, std::string> values) {
  SecretsRequest request;
  request.values = std::move(values);
  return request;
}
SecretsRequest names(std::vector<std::string> names) {
  SecretsRequest request;
  request.names = std::move(names);
  return request;
}
}  // namespace

TEST_CASE("gh-pages secrets: GitHub's reserved prefix is refused before any request",
          "[gh-pages][secrets]") {
  CHECK(github_secret_name_problem("DEPLOY_KEY").empty());
  CHECK(github_secret_name_problem("deploy_key").empty());
  CHECK_FALSE(github_secret_name_problem("GITHUB_TOKEN").empty());
  CHECK_FALSE(github_secret_name_problem("github_x").empty());
  CHECK_FALSE(github_secret_name_problem("1ABC").empty());
  CHECK_FALSE(github_secret_name_problem("A-B").empty());
}

TEST_CASE("gh-pages secrets: stored sealed - listed - removed - values never shown",
          "[gh-pages][secrets]") {
  Secrets s;
  auto set = s.facet->set_secrets(values({{"API_KEY", "value-one-secret"}, {"DB_URL", "pg://"}}));
  INFO((set.ok() ? "" : set.error().message));
  REQUIRE(set.ok());
  CHECK(set->applied == "stored");
  CHECK(set->details["created"] == nlohmann::json::array({"API_KEY", "DB_URL"}));
  auto again = s.facet->set_secrets(values({{"API_KEY", "value-two"}}));
  REQUIRE(again.ok());
  CHECK(again->details["updated"] == nlohmann::json::array({"API_KEY"}));

  auto listed = s.facet->list_secrets("");
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].scope == "repository");
  CHECK(s.world.err().find("value-one-secret") == std::string::npos);

  REQUIRE(s.facet->unset_secrets(names({"db_url"})).ok());  // names compare without case
  CHECK(s.facet->list_secrets("").value().size() == 1);
}

TEST_CASE("gh-pages secrets: bad names - sizes - scopes and unknown names change nothing",
          "[gh-pages][secrets]") {
  Secrets s;
  REQUIRE(s.facet->set_secrets(values({{"KEEP", "1"}})).ok());
  const int puts = s.world.requests("PUT");
  CHECK(s.facet->set_secrets(values({{"OK_NAME", "1"}, {"GITHUB_X", "2"}})).error().kind ==
        ErrorKind::usage);
  CHECK(s.facet->set_secrets(values({{"BIG", std::string(49 * 1024, 'x')}})).error().message ==
        "BIG is 50176 bytes; GitHub accepts at most 48 KB per secret");
  CHECK(s.world.requests("PUT") == puts);  // checked before anything is sent

  SecretsRequest scoped = values({{"A", "1"}});
  scoped.scope = "production";
  CHECK(s.facet->set_secrets(scoped).error().kind == ErrorKind::usage);
  SecretsRequest staged = values({{"A", "1"}});
  staged.stage = true;
  CHECK(s.facet->set_secrets(staged).error().message.find("--stage does not apply") == 0);

  auto unknown = s.facet->unset_secrets(names({"KEEP", "NOPE"}));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message == "no secret NOPE in octo/site; nothing was removed");
  CHECK(s.facet->list_secrets("").value().size() == 1);
  CHECK(s.facet->deploy_secrets().error().kind == ErrorKind::unsupported);
}

TEST_CASE("gh-pages secrets: without the REST API every call says why", "[gh-pages][secrets]") {
  PagesTestContext test;
  PagesSecrets facet(test.context(), "gh-pages", nullptr,
                     make_error(ErrorKind::auth, "no GITHUB_TOKEN: cannot manage secrets"));
  CHECK(facet.list_secrets("").error().message == "no GITHUB_TOKEN: cannot manage secrets");
  CHECK(facet.set_secrets(values({{"A", "1"}})).error().kind == ErrorKind::auth);
}
