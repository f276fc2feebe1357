// Machine lease routes: the real wire format (201 envelope, 409 holder message), refresh,
// release, and expiry on the emulator's clock. (Mutations that need the nonce:
// fly_call_test.cpp.)
#include <catch2/catch.hpp>
#include <regex>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: lease acquire, refresh, conflict, release", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("leasy");
  const std::string id = fly.create_machine("leasy", "registry.fly.io/leasy:v1")["id"];
  const std::string lease = "/v1/apps/leasy/machines/" + id + "/lease";

  CHECK(fly.get(lease).status == 404);
  auto acquired = fly.post(lease, {{"ttl", 30}, {"description", "raxol-deploy v3"}});
  REQUIRE(acquired.status == 201);
  CHECK(acquired.body["status"] == "success");
  const std::string nonce = acquired.body["data"]["nonce"];
  CHECK(nonce.size() == 32);
  CHECK(acquired.body["data"]["owner"] == "you@sandbox.local");
  CHECK(acquired.body["data"]["description"] == "raxol-deploy v3");
  CHECK(acquired.body["data"]["expires_at"].is_number_integer());

  auto refreshed = fly.post(lease, {{"ttl", 60}}, {{"fly-machine-lease-nonce", nonce}});
  CHECK(refreshed.status == 201);
  CHECK(refreshed.body["data"]["nonce"] == nonce);
  CHECK(refreshed.body["data"]["expires_at"] > acquired.body["data"]["expires_at"]);

  auto conflict = fly.post(lease, {{"ttl", 30}});
  CHECK(conflict.status == 409);
  CHECK(conflict.body["status"] == "error");
  CHECK(conflict.body["code"] == "invalid");
  const std::string message = conflict.body["message"];
  static const std::regex shape(
      "machine ID [0-9a-f]{14} lease currently held by you@sandbox\\.local, expires at "
      "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 UTC.*");
  CHECK(std::regex_match(message, shape));
  CHECK(message.find("raxol-deploy v3") != std::string::npos);
  CHECK(conflict.text.find(nonce) == std::string::npos);

  auto shown = fly.get(lease);
  CHECK(shown.status == 200);
  CHECK(shown.body["data"]["owner"] == "you@sandbox.local");

  CHECK(fly.del(lease).status == 400);
  CHECK(fly.del(lease, {{"fly-machine-lease-nonce", "0123456789abcdef0123456789abcdef"}}).status ==
        409);
  CHECK(fly.del(lease, {{"fly-machine-lease-nonce", nonce}}).status == 200);
  CHECK(fly.get(lease).status == 404);
  CHECK(fly.del(lease, {{"fly-machine-lease-nonce", nonce}}).status == 404);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: flyctl's lease form (?ttl=, no body) and expiry", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("expiry");
  const std::string id = fly.create_machine("expiry", "registry.fly.io/expiry:v1")["id"];
  const std::string lease = "/v1/apps/expiry/machines/" + id + "/lease";
  auto first = fly.post(lease + "?ttl=1");
  REQUIRE(first.status == 201);
  const auto expires = first.body["data"]["expires_at"].get<int64_t>();
  CHECK(fly.post(lease + "?ttl=1").status == 409);
  // Expired leases are ignored: a new holder gets a new nonce.
  clock.advance(std::chrono::milliseconds(999));
  CHECK(fly.post(lease + "?ttl=1").status == 409);
  clock.advance(std::chrono::milliseconds(1));
  auto second = fly.post(lease + "?ttl=5");
  REQUIRE(second.status == 201);
  CHECK(second.body["data"]["nonce"] != first.body["data"]["nonce"]);
  CHECK(second.body["data"]["expires_at"].get<int64_t>() > expires);
  fly.check_requests_conform({.allow_flyctl_forms = true});
  CHECK(fly.post(lease + "?ttl=soon").status == 400);  // outside the spec on purpose
}
