// The emulated Pages sites through their API: the source branch of a legacy site, builds
// recorded per push (skipping a commit already built, never a requested rebuild), build status
// by thirds of build_ms, and the Page and PageBuild views.
#include "sandbox/github/pages_state.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using namespace raxol::sandbox::github;

namespace {
json site(const std::string& owner, const std::string& repo) {
  return {{"owner", owner},         {"repo", repo},
          {"cname", nullptr},       {"https_enforced", false},
          {"build_type", "legacy"}, {"source", {{"branch", "main"}, {"path", "/docs"}}},
          {"builds", json::array()}};
}
}  // namespace

TEST_CASE("github pages state: source branches and builds", "[sandbox][github]") {
  raxol::test::TempDir dir;
  PagesState state(dir / "github.json");
  CHECK_FALSE(state.source_branch("o/r"));
  state.update([](json& document) {
    document["sites"]["o/r"] = site("o", "r");
    document["sites"]["o/w"] = site("o", "w");
    document["sites"]["o/w"]["build_type"] = "workflow";
    return true;
  });
  CHECK(state.source_branch("o/r") == "main");
  CHECK_FALSE(state.source_branch("o/w"));  // workflow sites build from Actions

  state.add_build("o/r", "c1", "octocat", 300, "", 1000);
  state.add_build("o/r", "c1", "octocat", 300, "", 2000);        // the same push again: skipped
  state.add_build("o/r", "c1", "octocat", 300, "", 3000, true);  // a requested rebuild
  state.add_build("o/r", "c2", "octocat", 300, "bad config", 4000);
  state.add_build("o/none", "c1", "octocat", 300, "", 5000);  // no such site: nothing
  state.read([](const json& document) {
    const auto& builds = document["sites"]["o/r"]["builds"];
    REQUIRE(builds.size() == 3);
    CHECK(builds[0]["id"] == 1);
    CHECK(builds[1]["created_ms"] == 3000);
    CHECK(builds[2]["result"] == "errored");
    CHECK(builds[2]["done_ms"] == 4300);
    CHECK(document["next_build_id"] == 4);
    CHECK_FALSE(document["sites"].contains("o/none"));
  });
}

TEST_CASE("github pages state: build status and the API's views", "[sandbox][github]") {
  const json build = {
      {"id", 7},         {"commit", "abc"},     {"pusher", "octocat"}, {"created_ms", 3000},
      {"done_ms", 3300}, {"result", "errored"}, {"error", "bad"}};
  CHECK(build_status(build, 3099) == "queued");
  CHECK(build_status(build, 3100) == "building");
  CHECK(build_status(build, 3300) == "errored");
  json page = site("Octo", "docs");
  page["builds"].push_back(build);
  const std::string api = "http://127.0.0.1:1/api/v3";
  auto view = build_json(page, build, api, 3100);
  CHECK(view["url"] == api + "/repos/Octo/docs/pages/builds/7");
  CHECK(view["status"] == "building");
  CHECK(view["error"]["message"].is_null());
  CHECK(view["duration"] == 0);
  CHECK(view["updated_at"] == "1970-01-01T00:00:03Z");
  CHECK(build_json(page, build, api, 5000)["error"]["message"] == "bad");
  CHECK(build_json(page, build, api, 5000)["pusher"]["login"] == "octocat");

  auto shown = site_json(page, api, 5000);
  CHECK(shown["html_url"] == "https://octo.github.io/docs/");
  CHECK(shown["status"] == "errored");
  CHECK(shown["source"] == json{{"branch", "main"}, {"path", "/docs"}});
  CHECK_FALSE(shown.contains("https_certificate"));
  CHECK(site_json(site("Octo", "octo.github.io"), api, 0)["html_url"] == "https://octo.github.io/");
  CHECK(site_json(site("o", "r"), api, 0)["status"].is_null());  // never built
  json custom = site("o", "r");
  custom["cname"] = "docs.example.org";
  auto with_domain = site_json(custom, api, 0);
  CHECK(with_domain["html_url"] == "https://docs.example.org/");
  // A domain from before certificates existed counts as approved.
  CHECK(with_domain["https_certificate"]["state"] == "approved");
}
