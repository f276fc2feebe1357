// Volumes of the Fly emulator: create, attach to a machine by name on create, refuse to delete
// while attached, free on the machine's destruction (on the emulator's clock), bad input.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: volumes attach by name and free on destroy", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("net");
  auto volume =
      fly.post("/v1/apps/net/volumes", {{"name", "data"}, {"region", "ams"}, {"size_gb", 3}});
  REQUIRE(volume.status == 200);
  const std::string volume_id = volume.body["id"];
  CHECK(volume_id.rfind("vol_", 0) == 0);
  json config = {{"image", "registry.fly.io/net:v1"},
                 {"init", json::object()},
                 {"mounts", {{{"name", "data"}, {"path", "/data"}}}}};
  auto machine = fly.create_machine("net", "", {{"config", config}});
  CHECK(fly.get("/v1/apps/net/volumes/" + volume_id).body["attached_machine_id"] == machine["id"]);
  CHECK(fly.del("/v1/apps/net/volumes/" + volume_id).status == 412);
  fly.del("/v1/apps/net/machines/" + machine["id"].get<std::string>() + "?force=true");
  clock.advance(std::chrono::milliseconds(40));  // stop_ms of the fast settings
  CHECK(fly.del("/v1/apps/net/volumes/" + volume_id).status == 200);
  CHECK(fly.get("/v1/apps/net/volumes").body.empty());
  CHECK(fly.post("/v1/apps/net/volumes", {{"name", "Bad-Name"}}).status == 400);
  CHECK(fly.post("/v1/apps/net/volumes", {{"name", "big"}, {"size_gb", 501}}).status == 400);
  CHECK(fly.get("/v1/apps/net/volumes/vol_nope").status == 404);
  fly.check_requests_conform();
}
