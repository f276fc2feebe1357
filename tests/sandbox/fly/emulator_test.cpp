// The Fly emulator as a whole: authentication, exported environment, persistence across
// sandbox restarts and the core's fault injection in the service's error envelope.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

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
