// The polling logs API of the Fly emulator: pages of 100 lines after an opaque next_token,
// RFC 3339 timestamps with nanoseconds, and filters by instance and region.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: logs page with next_token and filter by instance", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("chatty");
  const std::string a = fly.create_machine("chatty", "registry.fly.io/chatty:v1")["id"];
  const std::string b = fly.create_machine("chatty", "registry.fly.io/chatty:v1")["id"];
  fly.wait_for("chatty", a, "started");
  fly.wait_for("chatty", b, "started");
  // Each signal is logged: enough lines for two pages.
  for (int i = 0; i < 110; ++i)
    REQUIRE(fly.post("/v1/apps/chatty/machines/" + a + "/signal", {{"signal", "SIGUSR1"}}).status ==
            200);

  auto page = fly.get("/api/v1/apps/chatty/logs").body;
  REQUIRE(page["data"].size() == 100);
  const auto& entry = page["data"][0];
  CHECK(entry["attributes"]["timestamp"].get<std::string>().size() == 30);  // RFC 3339 nanos
  CHECK(entry["attributes"]["meta"]["event"]["provider"].is_string());
  CHECK(entry["attributes"]["region"] == "ams");
  const std::string token = page["meta"]["next_token"];
  auto rest = fly.get("/api/v1/apps/chatty/logs?next_token=" + token).body;
  CHECK_FALSE(rest["data"].empty());
  CHECK(rest["data"].size() < 100);
  CHECK(rest["data"][0]["id"] != page["data"][99]["id"]);
  // Nothing new: an empty page and a token to poll with.
  auto empty = fly.get("/api/v1/apps/chatty/logs?next_token=" +
                       rest["meta"]["next_token"].get<std::string>());
  CHECK(empty.body["data"].empty());

  auto only_b = fly.get("/api/v1/apps/chatty/logs?instance=" + b).body["data"];
  REQUIRE_FALSE(only_b.empty());
  for (const auto& line : only_b) CHECK(line["attributes"]["instance"] == b);
  CHECK(fly.get("/api/v1/apps/chatty/logs?region=syd").body["data"].empty());
  CHECK(fly.get("/api/v1/apps/ghost/logs").status == 404);
  // A foreign or damaged token reads from the beginning.
  CHECK(fly.get("/api/v1/apps/chatty/logs?next_token=zz").body["data"].size() == 100);
  fly.check_requests_conform();
}
