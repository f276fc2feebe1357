// The Fly emulator as a whole: exported environment, unknown paths in its envelope,
// persistence across sandbox restarts, two sandboxes on one state, and the core's fault
// injection in the service's error envelope.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: exports the variables that point clients at it", "[sandbox][fly]") {
  FlySandbox fly;
  auto env = fly.box().environment();
  CHECK(env["FLY_API_BASE_URL"] == fly.box().base_url());
  CHECK(env["FLY_FLAPS_BASE_URL"] == fly.box().base_url());
  CHECK(env["FLY_UIEX_BASE_URL"] == fly.box().base_url());
  CHECK(env["FLY_API_TOKEN"] == kToken);
  CHECK(fly.get("/v1/no/such/path").body["error"] == "not found");
  // The one request here that the spec does not have, and the validator says so.
  raxol::test::OpenApiValidator validator(machines_spec_path());
  auto logged = fly.box().requests().entries();
  REQUIRE(logged.size() == 1);
  CHECK_FALSE(validator.validate(logged[0].method, logged[0].path, logged[0].query, logged[0].body)
                  .empty());
}

TEST_CASE("fly emulator: unknown paths answer 404 in its envelope, after the token check",
          "[sandbox][fly]") {
  FlySandbox fly;
  for (const std::string method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
    for (const std::string path : {"/v1/nothing", "/api/v1/apps/x/nothing"}) {
      INFO(method << " " << path);
      auto missing = fly.send(method, path);
      CHECK(missing.status == 404);
      CHECK(missing.body == json{{"error", "not found"}});
      CHECK(fly.send(method, path, nullptr, {}, "").status == 401);
    }
  }
}

TEST_CASE("fly emulator: state survives a sandbox restart", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("durable");
  const std::string id = fly.create_machine("durable", "registry.fly.io/durable:v1")["id"];
  fly.wait_for("durable", id, "started");
  fly.post("/v1/apps/durable/secrets", {{"values", {{"KEY", "v"}}}});
  fly.check_requests_conform();
  fly.restart();
  auto machine = fly.get("/v1/apps/durable/machines/" + id);
  REQUIRE(machine.status == 200);
  CHECK(machine.body["state"] == "started");
  CHECK(fly.get("/v1/apps/durable").body["machine_count"] == 1);
  CHECK(fly.get("/v1/apps/durable/secrets").body["secrets"][0]["name"] == "KEY");
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: a 429 fault rule on machine update carries Retry-After",
          "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("limited");
  const std::string id = fly.create_machine("limited", "registry.fly.io/limited:v1")["id"];
  fly.box().faults().add({{"service", "fly"},
                          {"method", "POST"},
                          {"path", "/v1/apps/*/machines/*"},
                          {"status", 429},
                          {"retry_after", "2"},
                          {"times", 1}});
  json update = {{"config", {{"image", "registry.fly.io/limited:v2"}, {"init", json::object()}}}};
  auto limited = fly.post("/v1/apps/limited/machines/" + id, update);
  CHECK(limited.status == 429);
  CHECK(limited.header("Retry-After") == "2");
  CHECK(limited.body["error"].is_string());
  auto retried = fly.post("/v1/apps/limited/machines/" + id, update);
  CHECK(retried.status == 200);
  CHECK(retried.body["config"]["image"] == "registry.fly.io/limited:v2");
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: two sandboxes on one state directory share one world", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("shared");
  auto other = raxol::sandbox::Sandbox::start({fly.state_dir(), "127.0.0.1", 0});
  REQUIRE(other.ok());
  auto client = raxol::make_curl_http_client(raxol::CurlOptions{});
  const std::string id = fly.create_machine("shared", "registry.fly.io/shared:v1")["id"];
  // The transition to started is applied by whichever process looks first.
  raxol::HttpRequest wait{"GET", other.value()->base_url() + "/v1/apps/shared/machines/" + id +
                                     "/wait?state=started&timeout=10"};
  wait.headers = {{"Authorization", "Bearer " + kToken}};
  auto waited = client->send(wait);
  REQUIRE(waited.ok());
  CHECK(waited->status == 200);
  CHECK(fly.get("/v1/apps/shared/machines/" + id).body["state"] == "started");
  client.reset();
  fly.check_requests_conform();
}
