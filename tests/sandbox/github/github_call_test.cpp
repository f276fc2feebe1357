// What every GitHub route shares: the accepted token from Bearer, token or Basic credentials
// (password or user name, as git sends them), GitHub's two 401s, and list pagination with
// "Invalid pagination" for what is not a number.
#include "sandbox/github/github_call.h"

#include <catch2/catch.hpp>

#include "sandbox/github/github_api.h"
#include "support/fake_clock.h"
#include "util/base64.h"

using namespace raxol;
using namespace raxol::test::ghp;
using nlohmann::json;

TEST_CASE("github call: tokens from every scheme clients use", "[sandbox][github]") {
  raxol::sandbox::github::GitHubSettings settings;
  settings.tokens = {{"ghp_one", "octocat"}};
  raxol::test::FakeClock clock;
  raxol::sandbox::kit::GitHubEnvelope envelope;
  auto token_of = [&](const std::string& authorization) {
    httplib::Request request;
    httplib::Response response;
    if (!authorization.empty()) request.headers = {{"Authorization", authorization}};
    raxol::sandbox::kit::Call call(request, response, envelope, clock);
    return raxol::sandbox::github::authenticated_token(call, settings);
  };
  CHECK(token_of("Bearer ghp_one") == "ghp_one");
  CHECK(token_of("token ghp_one") == "ghp_one");
  CHECK(token_of("Basic " + base64_encode("x-access-token:ghp_one")) == "ghp_one");
  CHECK(token_of("Basic " + base64_encode("ghp_one:x-oauth-basic")) == "ghp_one");
  CHECK_FALSE(token_of("Basic " + base64_encode("user:wrong")));
  CHECK_FALSE(token_of("Basic not-base64!"));
  CHECK_FALSE(token_of("Bearer ghp_two"));
  CHECK_FALSE(token_of("FlyV1 ghp_one"));  // not a scheme GitHub takes
  CHECK_FALSE(token_of(""));
}

TEST_CASE("github call: 401 words and pagination over HTTP", "[sandbox][github]") {
  GitHubBox gh;
  auto none = gh.call("GET", "/repos/o/r/pages", nullptr, "");
  CHECK(none.status == 401);
  CHECK(json::parse(none.body) == json{{"message", "Requires authentication"},
                                       {"documentation_url", "https://docs.github.com/rest"}});
  CHECK(json::parse(gh.call("GET", "/repos/o/r/pages", nullptr, "bad").body)["message"] ==
        "Bad credentials");
  REQUIRE(gh.call("POST", "/repos/o/r/pages", {{"source", {{"branch", "gh-pages"}}}}).status ==
          201);
  CHECK(gh.call("GET", "/repos/o/r/pages/builds?per_page=x").status == 400);
  CHECK(json::parse(gh.call("GET", "/repos/o/r/pages/builds?page=x").body)["message"] ==
        "Invalid pagination");
  CHECK(gh.call("GET", "/repos/o/r/pages/builds?per_page=1000&page=0").status == 200);  // clamped
}
