// GET .../wait on the emulator's clock: a FakeClock moved by the test ends the long poll
// without sleeping through it; timeouts (408), the version to wait for, repeated and
// comma-separated states, a destroyed machine (404 at once) and bad arguments (400).
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"
#include "util/time_format.h"

using namespace raxol::test::fly;
using std::chrono::milliseconds;

TEST_CASE("fly wait: ends when the clock reaches the machine's next state", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("web");
  const std::string id = fly.create_machine("web", "registry.fly.io/web:v1")["id"];
  const std::string base = "/v1/apps/web/machines/" + id;
  const auto before = clock.now();
  auto started =
      fly.get_advancing(clock, base + "/wait?state=started&timeout=30", milliseconds(10));
  REQUIRE(started.status == 200);
  CHECK(started.body["state"] == "started");
  CHECK(clock.now() - before >= milliseconds(60));  // start_ms of the fast settings
  CHECK(clock.now() - before < std::chrono::seconds(30));
  CHECK(fly.get(base).body["state"] == "started");
  CHECK(clock.sleeps().empty());  // the emulator never slept on the clock

  // An update mints a new version; a wait for it ignores the old one still running.
  auto updated =
      fly.post(base, {{"config", {{"image", "registry.fly.io/web:v2"}, {"init", json::object()}}}});
  REQUIRE(updated.status == 200);
  const std::string version = updated.body["instance_id"];
  auto waited =
      fly.get_advancing(clock, base + "/wait?state=started&version=" + version, milliseconds(10));
  CHECK(waited.status == 200);
  CHECK(waited.body["version"] == version);
  CHECK_FALSE(waited.body["event_id"].get<std::string>().empty());
  fly.check_requests_conform();
}

TEST_CASE("fly wait: times out with 408 on the clock and checks its arguments", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("stuck");
  auto machine = fly.create_machine("stuck", "registry.fly.io/stuck:never-starts");
  const std::string base = "/v1/apps/stuck/machines/" + machine["id"].get<std::string>();
  const auto before = clock.steady_now();
  auto timed_out = fly.get_advancing(clock, base + "/wait?state=started&timeout=2s");
  CHECK(timed_out.status == 408);
  CHECK(timed_out.body["error"] ==
        "deadline_exceeded: machine did not reach state started within 2s");
  CHECK(clock.steady_now() - before >= std::chrono::seconds(2));
  // Timeouts are clamped to 1..60 seconds.
  auto clamped = fly.get_advancing(clock, base + "/wait?state=started&timeout=0");
  CHECK(clamped.status == 408);
  CHECK(clamped.body["error"].get<std::string>().find("within 1s") != std::string::npos);
  CHECK(fly.get(base).body["state"] == "starting");

  CHECK(fly.get(base + "/wait?state=asleep").status == 400);
  auto bad_timeout = fly.get(base + "/wait?timeout=soon");
  CHECK(bad_timeout.status == 400);
  CHECK(bad_timeout.body["error"] == "invalid timeout \"soon\"");
  CHECK(fly.get("/v1/apps/stuck/machines/00000000000000/wait").status == 404);
  CHECK(fly.get("/v1/apps/nope/machines/00000000000000/wait").body["error"] == "app not found");
  fly.check_requests_conform();
}

TEST_CASE("fly wait: states repeat or are comma-separated, settled, and destroyed ends it",
          "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("cold");
  const std::string id =
      fly.create_machine("cold", "registry.fly.io/cold:v1", {{"skip_launch", true}})["id"];
  const std::string base = "/v1/apps/cold/machines/" + id;
  clock.advance(milliseconds(5));
  CHECK(fly.get(base + "/wait?state=started,stopped").body["state"] == "stopped");
  CHECK(fly.get(base + "/wait?state=started&state=stopped").body["state"] == "stopped");
  CHECK(fly.get(base + "/wait?state=settled").body["state"] == "stopped");
  REQUIRE(fly.del(base).status == 200);
  // Nothing can change a destroyed machine: a wait for anything else ends at once with 404.
  CHECK(fly.get(base + "/wait?state=started&timeout=60").status == 404);
  CHECK(fly.get(base + "/wait?state=destroyed").body["state"] == "destroyed");
  fly.check_requests_conform({.allow_flyctl_forms = true});
}
