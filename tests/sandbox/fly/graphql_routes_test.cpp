// The two GraphQL queries flyctl sends for releases (with aliases), GraphQL errors with 200 for
// anything else, and an unknown app.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

namespace {

json create_release(FlySandbox& fly, const std::string& image) {
  auto reply = fly.post("/api/v1/releases", {{"app_name", "rel"},
                                             {"build_id", 0},
                                             {"definition", {{"app", "rel"}}},
                                             {"image", image},
                                             {"strategy", "ROLLING"}});
  INFO(reply.text);
  REQUIRE(reply.status == 201);
  return reply.body["release"];
}

}  // namespace

TEST_CASE("fly emulator: releases over GraphQL", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("rel");
  const std::string first_id = create_release(fly, "registry.fly.io/rel:v1")["id"];
  fly.send("PATCH", "/api/v1/releases/" + first_id, {{"status", "complete"}});
  create_release(fly, "registry.fly.io/rel:v2");

  auto releases = fly.post(
      "/graphql",
      {{"query",
        "query($appName: String!, $limit: Int!) { app(name: $appName) { releases: "
        "releasesUnprocessed(first: $limit) { nodes { id version description reason status "
        "imageRef stable user { id email name } createdAt } } } }"},
       {"variables", {{"appName", "rel"}, {"limit", 25}}}});
  REQUIRE(releases.status == 200);
  auto nodes = releases.body["data"]["app"]["releases"]["nodes"];
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0]["version"] == 2);
  CHECK(nodes[1]["imageRef"] == "registry.fly.io/rel:v1");
  CHECK(nodes[1]["user"]["email"] == "you@sandbox.local");

  auto current = fly.post(
      "/graphql", {{"query",
                    "query FlyctlConfigCurrentRelease($appName: String!) { app(name:$appName) { "
                    "currentReleaseUnprocessed { version configDefinition } } }"},
                   {"variables", {{"appName", "rel"}}}});
  auto release = current.body["data"]["app"]["currentReleaseUnprocessed"];
  CHECK(release["version"] == 1);
  CHECK(release["configDefinition"]["app"] == "rel");

  auto other = fly.post("/graphql", {{"query", "{ viewer { email } }"}});
  CHECK(other.status == 200);
  CHECK(other.body["errors"][0]["message"] == "sandbox: query not supported");
  auto missing = fly.post("/graphql", {{"query",
                                        "query { app(name: $appName) { "
                                        "currentReleaseUnprocessed { version } } }"},
                                       {"variables", {{"appName", "ghost"}}}});
  CHECK(missing.body["data"]["app"].is_null());
  // A limit of the query's variables is honoured.
  auto one = fly.post("/graphql", {{"query",
                                    "query { app(name: $appName) { releasesUnprocessed "
                                    "{ nodes { version } } } }"},
                                   {"variables", {{"appName", "rel"}, {"limit", 1}}}});
  CHECK(one.body["data"]["app"]["releasesUnprocessed"]["nodes"].size() == 1);
  CHECK(fly.post("/graphql", json::array()).status == 400);  // not a JSON object
  fly.check_requests_conform();
}
