// Apps in the Fly emulator: create (201, pending), the API's 422s for taken and invalid names,
// 400s for bad bodies, list with the org filter, show, delete (202) and an injected 500.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: apps are created, listed, shown and deleted", "[sandbox][fly]") {
  FlySandbox fly;
  auto created = fly.post("/v1/apps", {{"name", "web"}, {"org_slug", "acme"}});
  REQUIRE(created.status == 201);
  CHECK(created.body["name"] == "web");
  CHECK(created.body["status"] == "pending");
  CHECK(created.body["organization"]["slug"] == "acme");
  CHECK(fly.post("/v1/apps", {{"name", "api"}}).body["organization"]["slug"] == "personal");

  auto taken = fly.post("/v1/apps", {{"name", "web"}, {"org_slug", "personal"}});
  CHECK(taken.status == 422);
  CHECK(taken.body == json{{"error", "Name has already been taken"}, {"status", "name_taken"}});
  CHECK(fly.post("/v1/apps", {{"name", "Web_App"}, {"org_slug", "personal"}}).status == 422);
  CHECK(fly.post("/v1/apps", {{"name", "-web"}, {"org_slug", "personal"}}).status == 422);

  auto all = fly.get("/v1/apps").body;
  CHECK(all["total_apps"] == 2);
  auto acme = fly.get("/v1/apps?org_slug=acme").body;
  REQUIRE(acme["apps"].size() == 1);
  CHECK(acme["apps"][0]["name"] == "web");
  CHECK(fly.get("/v1/apps/web").body["machine_count"] == 0);
  CHECK(fly.get("/v1/apps/ghost").status == 404);
  CHECK(fly.get("/v1/apps/ghost").body["error"] == "app not found");

  auto deleted = fly.del("/v1/apps/web");
  CHECK(deleted.status == 202);
  CHECK(deleted.text.empty());
  CHECK(fly.get("/v1/apps/web").status == 404);
  CHECK(fly.del("/v1/apps/web").status == 404);
  CHECK(fly.get("/v1/apps").body["total_apps"] == 1);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: bad app bodies are 400s, an injected 500 changes nothing",
          "[sandbox][fly]") {
  FlySandbox fly;
  CHECK(fly.post("/v1/apps", json::object()).body["error"] == "name is required");
  CHECK(fly.post("/v1/apps", {{"name", 7}}).status == 400);
  CHECK(fly.post("/v1/apps", {{"name", "web"}, {"network", false}}).status == 400);
  auto not_json = fly.send("POST", "/v1/apps", nullptr, {{"Content-Type", "application/json"}});
  CHECK(not_json.status == 400);  // an empty body is {}: no name
  fly.box().faults().add({{"service", "fly"},
                          {"method", "POST"},
                          {"path", "/v1/apps"},
                          {"status", 500},
                          {"times", 1}});
  auto failed = fly.post("/v1/apps", {{"name", "web"}, {"org_slug", "personal"}});
  CHECK(failed.status == 500);
  CHECK(failed.body["error"].is_string());
  CHECK(fly.get("/v1/apps").body["total_apps"] == 0);
  CHECK(fly.post("/v1/apps", {{"name", "web"}, {"org_slug", "personal"}}).status == 201);
}
