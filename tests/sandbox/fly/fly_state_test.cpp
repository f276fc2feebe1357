// The Fly emulator's world document: time from the emulator's clock, due transitions applied
// by whichever update comes next (and only then), a damaged document starting over, and the
// app records, views and log lines the routes build on.
#include "sandbox/fly/fly_state.h"

#include <catch2/catch.hpp>

#include "sandbox/fly/machine_lifecycle.h"
#include "support/fake_clock.h"
#include "support/run_binary.h"
#include "util/time_format.h"

using namespace raxol::sandbox::fly;
using std::chrono::milliseconds;

TEST_CASE("fly state: the clock's time, and transitions applied once due", "[sandbox][fly]") {
  raxol::test::TempDir dir;
  raxol::test::FakeClock clock;
  FlyState state(dir / "fly.json", clock);
  const std::int64_t start = raxol::epoch_ms(clock.now());
  std::int64_t now = 0;
  state.update(now, [&](json& document) {
    auto& app = document["apps"]["web"] = new_app_record("web", "personal", "default", 1, now);
    auto& record = app["machines"]["m1"] =
        new_machine_record("m1", "n", "ams", {{"image", "registry.fly.io/web:v1"}}, now);
    FlySettings settings;
    settings.start_ms = 100;
    schedule_launch(app, record, settings, now, false);
    return true;
  });
  CHECK(now == start);
  auto state_of = [&] {
    std::string machine_state_now;
    state.update(now, [&](json& document) {
      machine_state_now = document["apps"]["web"]["machines"]["m1"]["machine"]["state"];
      return false;
    });
    return machine_state_now;
  };
  CHECK(state_of() == "created");
  clock.advance(milliseconds(1));
  CHECK(state_of() == "starting");
  CHECK(now == start + 1);
  clock.advance(milliseconds(99));
  CHECK(state_of() == "starting");
  clock.advance(milliseconds(1));
  CHECK(state_of() == "started");
  // Another instance on the file (another process) sees the applied transitions.
  FlyState other(dir / "fly.json", clock);
  std::int64_t other_now = 0;
  other.update(other_now, [&](json& document) {
    CHECK(document["apps"]["web"]["machines"]["m1"]["machine"]["state"] == "started");
    return false;
  });
}

TEST_CASE("fly state: a damaged document starts over", "[sandbox][fly]") {
  raxol::test::TempDir dir;
  raxol::test::FakeClock clock;
  raxol::test::write_file(dir / "fly.json", R"({"something": "else"})");
  FlyState state(dir / "fly.json", clock);
  std::int64_t now = 0;
  state.update(now, [&](json& document) {
    CHECK(document["apps"] == json::object());
    CHECK(document["next_numeric_id"] == 1);
    CHECK(find_app(document, "web") == nullptr);
    return false;
  });
}

TEST_CASE("fly state: app records and views, log lines capped", "[sandbox][fly]") {
  json document = {{"apps", json::object()}};
  auto& app = document["apps"]["web"] = new_app_record("web", "acme", "net1", 7, 1000);
  CHECK(find_app(document, "web") == &app);
  auto view = app_view(app);
  CHECK(view["status"] == "pending");
  CHECK(view["organization"]["slug"] == "acme");
  CHECK(view["network"] == "net1");
  CHECK(view["internal_numeric_id"] == 7);
  CHECK(view["machine_count"] == 0);
  app["machines"]["a"] = new_machine_record("a", "n", "ams", {{"image", "i"}}, 1000);
  app["machines"]["b"] = new_machine_record("b", "n", "ams", {{"image", "i"}}, 1000);
  app["machines"]["b"]["machine"]["state"] = "destroyed";
  view = app_view(app);
  CHECK(view["status"] == "deployed");
  CHECK(view["machine_count"] == 1);

  for (int i = 0; i < 2005; ++i) append_log(app, i, "a", "ams", "app", "line " + std::to_string(i));
  REQUIRE(app["logs"].size() == 2000);
  CHECK(app["logs"][0]["message"] == "line 5");
  CHECK(app["logs"].back()["seq"] == 2005);
  CHECK(app["logs"].back()["level"] == "info");
  CHECK(app["logs"].back()["provider"] == "app");
}
