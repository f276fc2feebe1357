// The GitHub emulator as a whole: the variables that point clients at it, unknown API paths in
// GitHub's envelope, and injected faults in that envelope, logged with masked credentials.
#include <catch2/catch.hpp>

#include "sandbox/github/github_api.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

TEST_CASE("github emulator: exports GITHUB_API_URL, GITHUB_SERVER_URL and GITHUB_TOKEN",
          "[sandbox][github]") {
  GitHubBox gh(json{{"github", {{"tokens", {{"ghp_other", "octocat"}}}}}});
  auto env = gh.box.sandbox().environment();
  CHECK(env.at("GITHUB_API_URL") == gh.box.sandbox().base_url() + "/api/v3");
  CHECK(env.at("GITHUB_SERVER_URL") == gh.box.sandbox().base_url());
  CHECK(env.at("GITHUB_TOKEN") == "ghp_other");  // the default token was replaced
}

TEST_CASE("github emulator: unknown API paths are GitHub's 404 for every method",
          "[sandbox][github]") {
  GitHubBox gh;
  for (const std::string method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
    INFO(method);
    auto missing = gh.call(method, "/repos/o/r/unknown", nullptr, "");
    CHECK(missing.status == 404);
    CHECK(json::parse(missing.body) ==
          json{{"message", "Not Found"}, {"documentation_url", "https://docs.github.com/rest"}});
  }
}

TEST_CASE("github emulator: injected faults answer in GitHub's envelope and are logged",
          "[sandbox][github]") {
  GitHubBox gh;
  gh.box.add_fault({{"service", "github"},
                    {"path", "/api/v3/repos/*/*/pages"},
                    {"status", 503},
                    {"times", 1},
                    {"retry_after", 1}});
  auto failed = gh.call("GET", "/repos/o/r/pages");
  CHECK(failed.status == 503);
  CHECK(json::parse(failed.body).contains("documentation_url"));
  CHECK(gh.call("GET", "/repos/o/r/pages").status == 404);
  int logged = 0;
  for (const auto& entry : gh.box.sandbox().requests().entries())
    if (entry.service == "github") {
      ++logged;
      CHECK(entry.headers.value("authorization", "") == "Bearer ***");
    }
  CHECK(logged == 2);
}
