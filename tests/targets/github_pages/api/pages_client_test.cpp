// The GitHub Pages REST client against the GitHub emulator: the site (absent is nullopt),
// enabling it for a branch, updating it, the builds of a pushed branch (moved along by the
// fake clock), and the site and build objects read without throwing.
#include "targets/github_pages/api/pages_client.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/api/github_endpoints.h"
#include "targets/github_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::github_pages;
using namespace raxol::test::ghp;

TEST_CASE("gh-pages REST: a site enabled for a branch - updated and its builds",
          "[gh-pages][rest]") {
  GitHubWorld world(nlohmann::json{{"github", {{"build_ms", 1000}}}});
  const std::string tip = commit_files(world.seed("octo/site", "gh-pages", {{"index.html", "1"}}),
                                       "gh-pages", {{"index.html", "2"}});
  PagesClient client(world.http(), endpoints_from_environment(world.env()), "octo", "site");
  CHECK(client.owner() == "octo");
  auto none = client.get_site();
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());
  CHECK_FALSE(client.latest_build().value().has_value());  // no site: no build either

  auto created = client.create_site("gh-pages", "/");
  REQUIRE(created.ok());
  CHECK(created->source_branch == "gh-pages");
  CHECK(created->source_path == "/");
  CHECK(created->build_type == "legacy");
  auto twice = client.create_site("gh-pages", "/");
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.error().kind == ErrorKind::conflict);

  auto building = client.latest_build();
  REQUIRE(building.ok());
  REQUIRE(building->has_value());
  CHECK((*building)->commit == tip);
  CHECK((*building)->status != "built");
  world.clock().advance(std::chrono::seconds(2));
  CHECK(client.latest_build().value()->status == "built");
  CHECK(client.list_builds(10).value().size() == 1);

  REQUIRE(client.update_site({{"cname", "docs.example.com"}}).ok());
  auto site = client.get_site();
  REQUIRE(site.ok());
  CHECK((*site)->cname == "docs.example.com");
  auto refused = client.update_site({{"https_enforced", "yes"}});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().http_status == 422);
  CHECK(refused.error().message.find("update the Pages site (octo/site): HTTP 422") !=
        std::string::npos);
}

TEST_CASE("gh-pages REST: site and build objects parsed without throwing", "[gh-pages][rest]") {
  PagesSite site = parse_site({{"status", "built"},
                               {"cname", nullptr},
                               {"html_url", "https://octo.github.io/site/"},
                               {"build_type", "legacy"},
                               {"source", {{"branch", "gh-pages"}, {"path", "/docs"}}},
                               {"https_enforced", true},
                               {"https_certificate",
                                {{"state", "approved"},
                                 {"description", "ok"},
                                 {"domains", {"docs.example.com"}},
                                 {"expires_at", "2027-01-01"}}}});
  CHECK(site.status == "built");
  CHECK(site.cname.empty());
  CHECK(site.source_path == "/docs");
  CHECK(site.https_enforced);
  CHECK(site.certificate.approved());
  CHECK(site.certificate.domains == std::vector<std::string>{"docs.example.com"});
  PagesSite junk = parse_site({{"source", "main"}, {"status", 3}});
  CHECK(junk.source_branch.empty());
  CHECK_FALSE(junk.https_enforced);
  CHECK(junk.status.empty());
  CHECK_FALSE(parse_site(nullptr).certificate.approved());

  PagesBuild build = parse_build({{"status", "errored"},
                                  {"commit", "abc"},
                                  {"error", {{"message", "Page build failed."}}},
                                  {"duration", 1234}});
  CHECK(build.status == "errored");
  CHECK(build.commit == "abc");
  CHECK(build.error_message == "Page build failed.");
  CHECK(build.duration_ms == 1234);
  CHECK(parse_build(nlohmann::json::array()).status.empty());
}
