// IP assignments of the Fly emulator: well-formed addresses from the ranges Fly uses per
// type, listing and releasing, and the API's 400/404s.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: IP assignments", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("net");
  auto v4 = fly.post("/v1/apps/net/ip_assignments", {{"type", "v4"}, {"region", "ams"}});
  REQUIRE(v4.status == 200);
  CHECK(v4.body["shared"] == false);
  CHECK(fly.post("/v1/apps/net/ip_assignments", {{"type", "v5"}}).status == 400);
  CHECK(fly.get("/v1/apps/net/ip_assignments").body["ips"].size() == 1);
  CHECK(fly.del("/v1/apps/net/ip_assignments/" + v4.body["ip"].get<std::string>()).status == 204);
  CHECK(fly.get("/v1/apps/net/ip_assignments").body["ips"].empty());

  // Each type from its own range; private v6 is Flycast.
  auto shared = fly.post("/v1/apps/net/ip_assignments", {{"type", "shared_v4"}});
  CHECK(shared.body["shared"] == true);
  CHECK(shared.body["ip"].get<std::string>().rfind("66.241.124.", 0) == 0);
  CHECK(shared.body["region"] == "global");
  CHECK_FALSE(shared.body.contains("type"));
  auto flycast = fly.post("/v1/apps/net/ip_assignments", {{"type", "private_v6"}});
  CHECK(flycast.body["ip"].get<std::string>().rfind("fdaa:", 0) == 0);
  CHECK(fly.del("/v1/apps/net/ip_assignments/192.0.2.1").status == 404);
  CHECK(fly.get("/v1/apps/ghost/ip_assignments").status == 404);
  fly.check_requests_conform();
}
