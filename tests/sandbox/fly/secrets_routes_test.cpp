// App secrets of the Fly emulator: set many or one, lists with digests and no values unless
// show_secrets, unset with null, increasing versions, machines booting with what they saw,
// and the API's 400/404s.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: secrets set, list without values, unset, and versions increase",
          "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("vault");
  auto set = fly.post("/v1/apps/vault/secrets",
                      {{"values", {{"DATABASE_URL", "postgres://x"}, {"API_KEY", "k1"}}}});
  REQUIRE(set.status == 200);
  CHECK(set.body["version"] == 1);
  auto listed = fly.get("/v1/apps/vault/secrets");
  REQUIRE(listed.body["secrets"].size() == 2);
  CHECK(listed.text.find("postgres://x") == std::string::npos);
  const auto& first = listed.body["secrets"][0];
  CHECK(first["name"] == "API_KEY");
  CHECK(first["digest"].get<std::string>().size() == 16);
  CHECK_FALSE(first.contains("value"));
  CHECK(fly.get("/v1/apps/vault/secrets?show_secrets=true").body["secrets"][1]["value"] ==
        "postgres://x");

  // A changed value changes the digest; null unsets.
  auto changed = fly.post("/v1/apps/vault/secrets",
                          {{"values", {{"API_KEY", "k2"}, {"DATABASE_URL", nullptr}}}});
  CHECK(changed.body["version"] == 2);
  REQUIRE(changed.body["secrets"].size() == 1);
  CHECK(changed.body["secrets"][0]["digest"] != first["digest"]);

  auto one = fly.post("/v1/apps/vault/secrets/TOKEN", {{"value", "t"}});
  CHECK(one.status == 201);
  CHECK(one.body["version"] == 3);
  CHECK(fly.get("/v1/apps/vault/secrets/TOKEN").body["name"] == "TOKEN");
  CHECK(fly.get("/v1/apps/vault/secrets?min_version=3").body["secrets"].size() == 2);
  CHECK(fly.del("/v1/apps/vault/secrets/TOKEN").body["version"] == 4);
  CHECK(fly.get("/v1/apps/vault/secrets/TOKEN").status == 404);
  CHECK(fly.post("/v1/apps/vault/secrets", {{"values", {{"BAD-NAME", "x"}}}}).status == 400);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: a machine sees the secrets of its last boot", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("env");
  fly.post("/v1/apps/env/secrets", {{"values", {{"TOKEN", "first"}}}});
  const std::string id = fly.create_machine("env", "registry.fly.io/env:v1")["id"];
  const std::string base = "/v1/apps/env/machines/" + id;
  clock.advance(std::chrono::milliseconds(61));
  auto printenv = [&] {
    return fly.post(base + "/exec", {{"command", {"printenv", "TOKEN"}}}).body["stdout"];
  };
  CHECK(printenv() == "first\n");
  fly.post("/v1/apps/env/secrets", {{"values", {{"TOKEN", "second"}}}});
  CHECK(printenv() == "first\n");  // not until it restarts
  REQUIRE(fly.post(base + "/restart").status == 200);
  clock.advance(std::chrono::milliseconds(100));
  CHECK(printenv() == "second\n");

  CHECK(fly.post("/v1/apps/env/secrets", {{"values", {{"TOKEN", 5}}}}).status == 400);
  CHECK(fly.post("/v1/apps/env/secrets", json::object()).status == 400);
  CHECK(fly.post("/v1/apps/env/secrets/BAD-NAME", {{"value", "x"}}).status == 400);
  CHECK(fly.del("/v1/apps/env/secrets/NOPE").status == 404);
  CHECK(fly.get("/v1/apps/ghost/secrets").status == 404);
}
