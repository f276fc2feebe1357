// What every Fly route shares: tokens (Bearer and FlyV1, macaroon bundles), the API's 401 that
// never echoes a token, 400s for malformed bodies that leave no trace, and the lookups that
// answer 404 for missing apps and machines and 409 for a lease held by someone else.
#include "sandbox/fly/fly_call.h"

#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"
#include "support/fake_clock.h"

using namespace raxol::test::fly;
using raxol::sandbox::fly::FlySettings;
using raxol::sandbox::fly::token_owner;

TEST_CASE("fly call: token owners, from single tokens and comma-separated bundles",
          "[sandbox][fly]") {
  FlySettings settings;
  settings.tokens = {{"fm2_a", "a@example.com"}, {"fm2_b", "b@example.com"}};
  CHECK(token_owner("fm2_a", settings) == "a@example.com");
  CHECK(token_owner("fm1r_unknown, fm2_b", settings) == "b@example.com");
  CHECK(token_owner(" fm2_a ,", settings) == "a@example.com");
  CHECK_FALSE(token_owner("", settings));
  CHECK_FALSE(token_owner(",,", settings));
  CHECK_FALSE(token_owner("fm2_ab", settings));
}

TEST_CASE("fly emulator: 401 without or with a wrong token, never echoing it", "[sandbox][fly]") {
  const json settings = {{"fly", {{"tokens", {{"fm2_sandbox-test-token", "ops@example.com"}}}}}};
  FlySandbox fly(settings);
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/v1/apps"}, {"GET", "/api/v1/apps/x/logs"}, {"POST", "/graphql"}}) {
    auto none = fly.send(method, path, nullptr, {}, "");
    CHECK(none.status == 401);
    CHECK(none.body == json{{"error", "Authenticate: token validation error"}});
  }
  // The default token was replaced by settings.
  auto wrong = fly.send("GET", "/v1/apps", nullptr, {}, "sandbox-fly-token");
  CHECK(wrong.status == 401);
  CHECK(wrong.text.find("sandbox-fly-token") == std::string::npos);
  auto flyv1 = fly.send("POST", "/v1/apps", {{"name", "mine"}, {"org_slug", "personal"}},
                        {{"Authorization", "FlyV1 fm1r_other,fm2_sandbox-test-token"}}, "");
  CHECK(flyv1.status == 201);
  const std::string id =
      fly.send("POST", "/v1/apps/mine/machines",
               {{"config", {{"image", "registry.fly.io/mine:v1"}}}, {"lease_ttl", 10}},
               {{"Authorization", "Bearer fm2_sandbox-test-token"}}, "")
          .body["id"];
  auto lease = fly.send("GET", "/v1/apps/mine/machines/" + id + "/lease", nullptr,
                        {{"Authorization", "FlyV1 fm2_sandbox-test-token"}}, "");
  CHECK(lease.body["data"]["owner"] == "ops@example.com");
  auto env = fly.box().environment();
  CHECK(env["FLY_API_TOKEN"] == "fm2_sandbox-test-token");
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: malformed bodies are 400s that leave no trace", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("strict");
  json config = {{"image", "registry.fly.io/strict:v1"}};
  CHECK(fly.post("/v1/apps/strict/machines", {{"config", config}, {"skip_launch", "yes"}}).status ==
        400);
  CHECK(fly.post("/v1/apps/strict/machines", {{"config", {{"init", json::object()}}}}).status ==
        400);
  CHECK(
      fly.send("POST", "/v1/apps/strict/machines", nullptr, {{"Content-Type", "application/json"}})
          .status == 400);  // no config at all
  CHECK(fly.post("/v1/apps", {{"name", 7}}).status == 400);
  CHECK(fly.get("/v1/apps/strict/machines").body.empty());
  CHECK(fly.get("/v1/apps/strict").body["machine_count"] == 0);
  // A field of the wrong type deep in a handler is a 400 in Fly's envelope too.
  auto typed = fly.post("/v1/apps/strict/ip_assignments", {{"type", "v4"}, {"region", 5}});
  CHECK(typed.status == 400);
  CHECK(typed.body["error"].get<std::string>().rfind("invalid request body: ", 0) == 0);
}

TEST_CASE("fly emulator: mutations of a leased machine need its nonce", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("held");
  // lease_ttl on create returns the lease's nonce in the Machine.
  auto machine = fly.create_machine("held", "registry.fly.io/held:v1", {{"lease_ttl", 30}});
  const std::string id = machine["id"];
  const std::string nonce = machine["nonce"];
  REQUIRE(nonce.size() == 32);
  const std::string base = "/v1/apps/held/machines/" + id;
  fly.wait_for("held", id, "started");

  json update = {{"config", {{"image", "registry.fly.io/held:v2"}, {"init", json::object()}}}};
  auto refused = fly.post(base, update);
  CHECK(refused.status == 409);
  CHECK(refused.body["error"].get<std::string>().find("lease currently held by") !=
        std::string::npos);
  CHECK(fly.post(base + "/stop", json::object()).status == 409);
  CHECK(fly.del(base + "?force=true").status == 409);

  const raxol::HttpHeaders with_nonce = {{"fly-machine-lease-nonce", nonce}};
  auto accepted = fly.post(base, update, with_nonce);
  CHECK(accepted.status == 200);
  CHECK(fly.post(base, {{"config", update["config"]}, {"current_version", "01STALE"}}, with_nonce)
            .status == 412);
  CHECK(fly.post(base + "/cordon", nullptr, with_nonce).status == 200);
  // Another app's or a missing machine's path is a 404 before any lease is looked at.
  CHECK(fly.post("/v1/apps/nope/machines/" + id + "/stop", json::object()).body["error"] ==
        "app not found");
  CHECK(fly.post("/v1/apps/held/machines/00000000000000/stop", json::object()).body["error"] ==
        "machine not found");
  // Metadata is not lease-gated, as in the real API.
  CHECK(fly.post(base + "/metadata/role", {{"value", "primary"}}).status == 204);
  fly.check_requests_conform();
}

TEST_CASE("fly call: a destroyed machine is gone for changes but still readable",
          "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("gone");
  const std::string id =
      fly.create_machine("gone", "registry.fly.io/gone:v1", {{"skip_launch", true}})["id"];
  const std::string base = "/v1/apps/gone/machines/" + id;
  clock.advance(std::chrono::milliseconds(10));
  REQUIRE(fly.del(base).status == 200);  // stopped: destroyed at once
  CHECK(fly.get(base).body["state"] == "destroyed");
  CHECK(fly.post(base + "/start").status == 404);
  CHECK(fly.post(base, {{"config", {{"image", "registry.fly.io/gone:v2"}}}}).status == 404);
  CHECK(fly.del(base).status == 404);
}
