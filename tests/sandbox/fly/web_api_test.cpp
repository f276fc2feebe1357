// The web API parts of the Fly emulator: releases (REST and the GraphQL queries flyctl
// sends) and the polling logs API.
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

TEST_CASE("fly emulator: releases over REST and GraphQL", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("rel");
  CHECK(fly.get("/api/v1/apps/rel/releases/current").status == 404);

  auto first = create_release(fly, "registry.fly.io/rel:v1");
  CHECK(first["version"] == 1);
  CHECK(first["status"] == "pending");
  CHECK(first["in_progress"] == true);
  CHECK(first["user"]["email"] == "you@sandbox.local");
  CHECK(first["image_ref"] == "registry.fly.io/rel:v1");
  const std::string first_id = first["id"];
  CHECK(fly.send("PATCH", "/api/v1/releases/" + first_id,
                 {{"status", "running"}, {"metadata", nullptr}})
            .body["release"]["status"] == "running");
  auto done =
      fly.send("PATCH", "/api/v1/releases/" + first_id,
               {{"status", "complete"}, {"metadata", {{"post_deployment_info", json::object()}}}});
  CHECK(done.body["release"]["stable"] == true);
  CHECK(done.body["release"]["in_progress"] == false);
  CHECK(fly.send("PATCH", "/api/v1/releases/" + first_id, {{"status", "bogus"}}).status == 422);
  CHECK(fly.send("PATCH", "/api/v1/releases/nope", {{"status", "failed"}}).status == 404);

  auto second = create_release(fly, "registry.fly.io/rel:v2");
  CHECK(second["version"] == 2);
  fly.send("PATCH", "/api/v1/releases/" + second["id"].get<std::string>(), {{"status", "failed"}});

  auto listed = fly.get("/api/v1/apps/rel/releases?limit=10").body["releases"];
  REQUIRE(listed.size() == 2);
  CHECK(listed[0]["version"] == 2);  // newest first
  CHECK(fly.get("/api/v1/apps/rel/releases?limit=1").body["releases"].size() == 1);
  CHECK(fly.get("/api/v1/apps/rel/releases/current").body["release"]["version"] == 1);

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
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: logs page with next_token and filter by instance", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("chatty");
  const std::string a = fly.create_machine("chatty", "registry.fly.io/chatty:v1")["id"];
  const std::string b = fly.create_machine("chatty", "registry.fly.io/chatty:v1")["id"];
  fly.wait_for("chatty", a, "started");
  fly.wait_for("chatty", b, "started");
  // Each signal is logged: enough lines for two pages.
  for (int i = 0; i < 110; ++i)
    REQUIRE(fly.post("/v1/apps/chatty/machines/" + a + "/signal", {{"signal", "SIGUSR1"}}).status ==
            200);

  auto page = fly.get("/api/v1/apps/chatty/logs").body;
  REQUIRE(page["data"].size() == 100);
  const auto& entry = page["data"][0];
  CHECK(entry["attributes"]["timestamp"].get<std::string>().size() == 30);  // RFC 3339 nanos
  CHECK(entry["attributes"]["meta"]["event"]["provider"].is_string());
  CHECK(entry["attributes"]["region"] == "ams");
  const std::string token = page["meta"]["next_token"];
  auto rest = fly.get("/api/v1/apps/chatty/logs?next_token=" + token).body;
  CHECK_FALSE(rest["data"].empty());
  CHECK(rest["data"].size() < 100);
  CHECK(rest["data"][0]["id"] != page["data"][99]["id"]);
  // Nothing new: an empty page and a token to poll with.
  auto empty = fly.get("/api/v1/apps/chatty/logs?next_token=" +
                       rest["meta"]["next_token"].get<std::string>());
  CHECK(empty.body["data"].empty());

  auto only_b = fly.get("/api/v1/apps/chatty/logs?instance=" + b).body["data"];
  REQUIRE_FALSE(only_b.empty());
  for (const auto& line : only_b) CHECK(line["attributes"]["instance"] == b);
  CHECK(fly.get("/api/v1/apps/chatty/logs?region=syd").body["data"].empty());
  CHECK(fly.get("/api/v1/apps/ghost/logs").status == 404);
  fly.check_requests_conform();
}
