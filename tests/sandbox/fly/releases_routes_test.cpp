// Releases over the Fly web API (REST): create, PATCH status and metadata, list newest first,
// the current release, and the API's 404/422s.
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

TEST_CASE("fly emulator: releases over REST", "[sandbox][fly]") {
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

  // Bad input: no app name, no image, an unknown app, a limit that is not a number.
  CHECK(fly.post("/api/v1/releases", {{"image", "registry.fly.io/rel:v3"}}).status == 422);
  CHECK(fly.post("/api/v1/releases", {{"app_name", "rel"}}).status == 422);
  CHECK(fly.post("/api/v1/releases", {{"app_name", "ghost"}, {"image", "i"}}).status == 404);
  CHECK(fly.get("/api/v1/apps/rel/releases?limit=many").status == 400);
  CHECK(fly.get("/api/v1/apps/ghost/releases").status == 404);
  fly.check_requests_conform();
}
