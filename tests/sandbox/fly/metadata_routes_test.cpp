// Machine metadata of the Fly emulator: set one key, merge (PATCH), replace (PUT), delete, the
// machine_version precondition, and that it is not lease-gated.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: metadata", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("ops");
  const std::string id = fly.create_machine("ops", "registry.fly.io/ops:v1")["id"];
  const std::string base = "/v1/apps/ops/machines/" + id;
  CHECK(fly.post(base + "/metadata/role", {{"value", "primary"}}).status == 204);
  CHECK(fly.get(base + "/metadata/role").body["value"] == "primary");
  CHECK(fly.send("PATCH", base + "/metadata", {{"metadata", {{"tier", "web"}}}}).status == 204);
  auto all = fly.get(base + "/metadata").body;
  CHECK(all["role"] == "primary");
  CHECK(all["tier"] == "web");
  CHECK(fly.del(base + "/metadata/role").status == 204);
  CHECK(fly.get(base + "/metadata/role").status == 404);
  CHECK(fly.send("PUT", base + "/metadata", {{"metadata", {{"only", "this"}}}}).status == 204);
  CHECK(fly.get(base + "/metadata").body == json{{"only", "this"}});
  fly.check_requests_conform();

  // Bad input (outside the spec on purpose) changes nothing.
  CHECK(fly.send("PUT", base + "/metadata",
                 {{"metadata", {{"a", "b"}}}, {"machine_version", "01OLD"}})
            .status == 412);
  CHECK(fly.send("PATCH", base + "/metadata", {{"tier", "web"}}).status == 400);  // no "metadata"
  CHECK(fly.post(base + "/metadata/role", {{"value", 5}}).status == 400);
  CHECK(fly.get(base + "/metadata").body == json{{"only", "this"}});
  CHECK(fly.get("/v1/apps/ops/machines/00000000000000/metadata").status == 404);
  // Values are kept as strings, as the API does.
  CHECK(fly.send("PATCH", base + "/metadata", {{"metadata", {{"n", 3}}}}).status == 204);
  CHECK(fly.get(base + "/metadata/n").body["value"] == "3");
}
