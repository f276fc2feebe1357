// One repository's REST calls against the GitHub emulator: GitHub's headers and token, the
// answers a caller accepts, and errors naming the operation, repository, status and GitHub's
// message, with a hint on 401 and the caller's permission hint on 403; no token in messages.
#include "targets/github_pages/api/repo_api.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test::ghp;

TEST_CASE("gh-pages repo API: accepted answers and errors in GitHub's words", "[gh-pages][rest]") {
  GitHubWorld world;
  world.seed("octo/site", "main", {{"a", "1"}});
  RepoApi api(world.http(), endpoints_from_environment(world.env()), "octo", "site");
  CHECK(api.slug() == "octo/site");
  auto missing = api.call("GET", "/pages", nullptr, "read the Pages site", {404}, "");
  REQUIRE(missing.ok());
  CHECK(missing->status == 404);  // an answer the caller takes

  auto failed = api.call("GET", "/pages", nullptr, "read the Pages site", {}, "");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().kind == ErrorKind::not_found);
  CHECK(failed.error().message == "GitHub API: read the Pages site (octo/site): HTTP 404: Not Found");

  auto created = api.call("POST", "/pages", {{"source", {{"branch", "main"}, {"path", "/"}}}},
                          "enable GitHub Pages", {}, "");
  REQUIRE(created.ok());
  CHECK(created->status == 201);
  CHECK(nlohmann::json::parse(created->body)["source"]["branch"] == "main");
}

TEST_CASE("gh-pages repo API: a bad token gets a hint and is not printed - 403 the caller's hint",
          "[gh-pages][rest]") {
  GitHubWorld world(nlohmann::json{{"github", {{"tokens", {{"sandbox-github-token", "sandbox-user"}, {"limited-token", "limited"}}},
                                 {"tokens_without_secrets", {"limited-token"}}}}});
  world.seed("octo/site", "main", {{"a", "1"}});
  GitHubEndpoints wrong = endpoints_from_environment(world.env());
  wrong.token = "ghp_wrong_secret_token";
  RepoApi denied_api(world.http(), wrong, "octo", "site");
  auto denied = denied_api.call("GET", "/pages", nullptr, "read the Pages site", {}, "");
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == ErrorKind::auth);
  CHECK(denied.error().message.find("ghp_wrong_secret_token") == std::string::npos);
  CHECK(denied.error().notes.back() == "check GITHUB_TOKEN (or GH_TOKEN): GitHub rejected it");
  CHECK(world.requests("GET", "/pages") == 1);  // not retried

  GitHubEndpoints limited = endpoints_from_environment(world.env());
  limited.token = "limited-token";
  RepoApi limited_api(world.http(), limited, "octo", "site");
  auto forbidden = limited_api.call("GET", "/actions/secrets", nullptr, "list secrets", {},
                                    "the token needs the Secrets permission");
  REQUIRE_FALSE(forbidden.ok());
  CHECK(forbidden.error().http_status == 403);
  CHECK(forbidden.error().notes.back() == "the token needs the Secrets permission");
}

TEST_CASE("gh-pages repo API: a 502 is retried - a lasting 500 names the call",
          "[gh-pages][rest]") {
  GitHubWorld world;
  world.seed("octo/site", "main", {{"a", "1"}});
  RepoApi api(world.http(), endpoints_from_environment(world.env()), "octo", "site");
  world.github().box.add_fault({{"service", "github"}, {"method", "GET"},
                                {"path", "/api/v3/repos/octo/site/pages"}, {"status", 502},
                                {"times", 1}});
  auto retried = api.call("GET", "/pages", nullptr, "read the Pages site", {404}, "");
  REQUIRE(retried.ok());
  CHECK(retried->status == 404);
  CHECK(world.requests("GET", "/pages") == 2);
  world.github().box.add_fault({{"service", "github"}, {"method", "GET"},
                                {"path", "/api/v3/repos/octo/site/pages"}, {"status", 500}});
  auto failed = api.call("GET", "/pages", nullptr, "read the Pages site", {404}, "");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message.rfind("GitHub API: read the Pages site (octo/site): HTTP 500", 0) ==
        0);
}
