// The Pages REST subset of the GitHub emulator: the site's create/get/update/delete with
// GitHub's codes (201, 204, 404, 409, 422), and builds (list, latest, one, request) whose
// status follows the emulator's clock.
#include <catch2/catch.hpp>

#include "sandbox/github/github_api.h"
#include "support/fake_clock.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;
using std::chrono::milliseconds;

TEST_CASE("github emulator: Pages site lifecycle with GitHub's codes", "[sandbox][github]") {
  GitHubBox gh;
  CHECK(gh.call("GET", "/repos/o/r/pages", nullptr, "").status == 401);
  auto bad = gh.call("GET", "/repos/o/r/pages", nullptr, "nope");
  CHECK(bad.status == 401);
  CHECK(json::parse(bad.body)["message"] == "Bad credentials");
  CHECK(gh.call("GET", "/repos/o/r/pages").status == 404);

  auto created = gh.call("POST", "/repos/o/r/pages", {{"source", {{"branch", "gh-pages"}}}});
  REQUIRE(created.status == 201);
  auto site = json::parse(created.body);
  CHECK(site["source"] == json{{"branch", "gh-pages"}, {"path", "/"}});
  CHECK(site["html_url"] == "https://o.github.io/r/");
  CHECK(site["build_type"] == "legacy");
  auto again = gh.call("POST", "/repos/o/r/pages", {{"source", {{"branch", "gh-pages"}}}});
  CHECK(again.status == 409);
  CHECK(json::parse(again.body).contains("documentation_url"));
  CHECK(gh.call("POST", "/repos/o/r2/pages", {{"source", {{"path", "/"}}}}).status == 422);
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"source", {{"branch", "x"}, {"path", "/src"}}}})
            .status == 422);

  CHECK(
      gh.call("PUT", "/repos/o/r/pages", {{"cname", "docs.example.org"}, {"https_enforced", true}})
          .status == 204);
  site = json::parse(gh.call("GET", "/repos/o/r/pages").body);
  CHECK(site["cname"] == "docs.example.org");
  CHECK(site["https_enforced"] == true);
  CHECK(site["html_url"] == "https://docs.example.org/");
  CHECK(site["https_certificate"]["state"] == "approved");

  CHECK(gh.call("GET", "/repos/o/r/pages/builds/latest").status == 404);
  CHECK(gh.call("GET", "/repos/o/r/unknown").status == 404);
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"cname", 5}}).status == 422);
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"public", "yes"}}).status == 422);
  CHECK(gh.call("POST", "/repos/o/r3/pages", {{"build_type", "magic"}}).status == 422);
  auto unparsable = gh.call("PUT", "/repos/o/r/pages", nullptr);  // empty: {}, nothing changes
  CHECK(unparsable.status == 204);
  HttpRequest broken("PUT", gh.box.env().at("GITHUB_API_URL") + "/repos/o/r/pages");
  broken.headers = {{"Authorization", "Bearer " + gh.token()}};
  broken.body = "{not json";
  auto refused = gh.http->send(broken);
  REQUIRE(refused.ok());
  CHECK(refused->status == 400);
  CHECK(json::parse(refused->body)["message"] == "Problems parsing JSON");
  CHECK(gh.call("DELETE", "/repos/o/r/pages").status == 204);
  CHECK(gh.call("DELETE", "/repos/o/r/pages").status == 404);
}

TEST_CASE("github emulator: builds are queued, building, then built on the clock",
          "[sandbox][github]") {
  FakeClock clock;
  GitHubBox gh(json{{"github", {{"build_ms", 300}}}}, &clock);
  REQUIRE(gh.call("POST", "/repos/o/site/pages", {{"source", {{"branch", "gh-pages"}}}}).status ==
          201);
  CHECK(gh.call("POST", "/repos/o/nothing/pages/builds").status == 404);  // no site
  CHECK(gh.call("GET", "/repos/o/site/pages/builds/latest").status == 404);
  const std::string tip = commit_files(gh.repo("o/site"), "gh-pages", {{"index.html", "hi"}});
  auto requested = gh.call("POST", "/repos/o/site/pages/builds");
  REQUIRE(requested.status == 201);
  CHECK(json::parse(requested.body)["status"] == "queued");

  auto latest = [&] { return gh.json_of("GET", "/repos/o/site/pages/builds/latest"); };
  CHECK(latest()["status"] == "queued");
  CHECK(latest()["commit"] == tip);
  clock.advance(milliseconds(100));  // a third of build_ms
  CHECK(latest()["status"] == "building");
  clock.advance(milliseconds(200));
  CHECK(latest()["status"] == "built");
  CHECK(latest()["duration"] == 300);
  CHECK(gh.json_of("GET", "/repos/o/site/pages")["status"] == "built");

  // A requested rebuild of the same commit is a new build; builds list newest first.
  gh.box.patch_settings({{"github", {{"build_error", "Page build failed."}}}});
  REQUIRE(gh.call("POST", "/repos/o/site/pages/builds").status == 201);
  clock.advance(milliseconds(300));
  auto builds = gh.json_of("GET", "/repos/o/site/pages/builds");
  REQUIRE(builds.size() == 2);
  CHECK(builds[0]["status"] == "errored");
  CHECK(builds[0]["error"]["message"] == "Page build failed.");
  CHECK(builds[1]["status"] == "built");
  auto one_page = gh.json_of("GET", "/repos/o/site/pages/builds?per_page=1&page=2");
  REQUIRE(one_page.size() == 1);
  CHECK(one_page[0]["url"] == builds[1]["url"]);
  const std::string url = builds[1]["url"];
  const std::string id = url.substr(url.rfind('/') + 1);
  CHECK(gh.json_of("GET", "/repos/o/site/pages/builds/" + id)["status"] == "built");
  CHECK(gh.call("GET", "/repos/o/site/pages/builds/999").status == 404);
  CHECK(gh.call("GET", "/repos/o/site/pages/builds?page=first").status == 400);
}
