// The machine state machine through its API: what each schedule_* queues with the settings of
// the moment, transitions applied only once due (with events and log lines), and the images
// that misbehave on purpose (never start, fail to launch, crash, failing release commands).
#include "sandbox/fly/machine_lifecycle.h"

#include <catch2/catch.hpp>

#include "sandbox/fly/fly_state.h"

using namespace raxol::sandbox::fly;
using nlohmann::json;

namespace {

struct World {
  json app = new_app_record("app", "personal", "default", 1, 0);
  FlySettings settings;
  json& machine(const std::string& image, json extra_config = json::object()) {
    json config = {{"image", image}};
    config.merge_patch(extra_config);
    return app["machines"]["m1"] = new_machine_record("m1", "quiet-lake-1000", "ams", config, 0);
  }
  const std::string& state() { return machine_state(app["machines"]["m1"]); }
  json& record() { return app["machines"]["m1"]; }
  void at(int64_t now) { apply_due_transitions(app, record(), now); }
  std::string logs() {
    std::string text;
    for (const auto& line : app["logs"]) text += line["message"].get<std::string>() + "\n";
    return text;
  }
};

}  // namespace

TEST_CASE("fly lifecycle: launch, start, stop and destroy on schedule", "[sandbox][fly]") {
  World world;
  world.settings.start_ms = 100;
  world.settings.stop_ms = 50;
  auto& record = world.machine("registry.fly.io/app:v1");
  CHECK(world.state() == "created");
  CHECK(record["machine"]["instance_id"].get<std::string>().size() == 26);
  schedule_launch(world.app, record, world.settings, 0, false);
  CHECK(world.state() == "created");  // the create response still says so
  CHECK(next_transition_ms(record) == 1);
  world.at(1);
  CHECK(world.state() == "starting");
  CHECK(is_running(record));
  world.at(100);
  CHECK(world.state() == "starting");
  world.at(101);
  CHECK(world.state() == "started");
  CHECK(record["started_ms"] == 101);
  CHECK(next_transition_ms(record) == 0);  // nothing pending

  // Settings changed later do not rewrite a schedule already made.
  schedule_stop(world.app, record, world.settings, 200, "SIGTERM");
  world.settings.stop_ms = 5000;
  CHECK(world.state() == "stopping");
  world.at(250);
  CHECK(world.state() == "stopped");
  CHECK(record["events"].back()["type"] == "exit");
  CHECK(record["events"].back()["request"]["exit_event"]["exit_code"] == 0);
  CHECK(record["events"].back()["request"]["exit_event"]["requested_stop"] == true);
  CHECK(world.logs().find("Sending signal SIGTERM to main child process") != std::string::npos);

  schedule_destroy(world.app, record, world.settings, 300);
  CHECK(world.state() == "destroyed");  // not running: at once
  CHECK(record["lease"].is_null());
  CHECK(world.logs().find("Machine destroyed") != std::string::npos);
}

TEST_CASE("fly lifecycle: skip_launch, update, restart and suspend", "[sandbox][fly]") {
  World world;
  world.settings.start_ms = 10;
  world.settings.stop_ms = 10;
  auto& record = world.machine("registry.fly.io/app:v1");
  schedule_launch(world.app, record, world.settings, 0, true);
  world.at(1);
  CHECK(world.state() == "stopped");
  const std::string first_version = record["machine"]["instance_id"];
  schedule_update(world.app, record, world.settings, 5, false);
  CHECK(record["machine"]["instance_id"] != first_version);
  world.at(5);
  CHECK(world.state() == "starting");  // was stopped: boots at once
  world.at(15);
  CHECK(world.state() == "started");
  schedule_update(world.app, record, world.settings, 20, false);
  CHECK(world.state() == "replacing");  // the old version stops first
  world.at(40);
  CHECK(world.state() == "started");
  schedule_restart(world.app, record, world.settings, 50);
  world.at(60);
  CHECK(world.state() == "starting");
  world.at(70);
  CHECK(world.state() == "started");
  schedule_suspend(world.app, record, world.settings, 80);
  CHECK(world.state() == "suspending");
  world.at(90);
  CHECK(world.state() == "suspended");
  CHECK_FALSE(is_running(record));
}

TEST_CASE("fly lifecycle: images that never start, fail to launch or crash", "[sandbox][fly]") {
  World world;
  world.settings.start_ms = 10;
  world.settings.crash_ms = 20;
  auto& stuck = world.machine("registry.fly.io/app:never-starts");
  schedule_launch(world.app, stuck, world.settings, 0, false);
  world.at(100000);
  CHECK(world.state() == "starting");

  auto& failing = world.machine("registry.fly.io/app:launch-fails");
  schedule_launch(world.app, failing, world.settings, 0, false);
  world.at(11);
  CHECK(world.state() == "failed");

  auto& crashing = world.machine("registry.fly.io/org/app:crash-loop");
  schedule_launch(world.app, crashing, world.settings, 0, false);
  world.at(11);
  CHECK(world.state() == "started");
  world.at(31);
  CHECK(world.state() == "stopped");
  CHECK(crashing["events"].back()["request"]["exit_event"]["exit_code"] == 1);
  CHECK(crashing["events"].back()["request"]["exit_event"]["requested_stop"] == false);
  CHECK(world.logs().find("panic: sandbox image") != std::string::npos);

  world.settings.crash_images = {"**:other**"};  // the globs come from the settings
  auto& fine = world.machine("registry.fly.io/app:crash-loop");
  schedule_launch(world.app, fine, world.settings, 0, false);
  world.at(1000);
  CHECK(world.state() == "started");
}

TEST_CASE("fly lifecycle: release command machines exit with their code and auto-destroy",
          "[sandbox][fly]") {
  for (const std::string image : {"registry.fly.io/app:v1", "registry.fly.io/app:release-fails"}) {
    INFO(image);
    World world;
    world.settings.start_ms = 10;
    world.settings.release_command_ms = 30;
    const json extra = {{"auto_destroy", true},
                        {"init", {{"cmd", {"/app/bin/migrate", "--all"}}}},
                        {"metadata", {{"fly_process_group", "fly_app_release_command"}}}};
    auto& record = world.machine(image, extra);
    CHECK(is_release_command(record));
    schedule_launch(world.app, record, world.settings, 0, false);
    world.at(11);
    CHECK(world.state() == "started");
    world.at(41);
    CHECK(world.state() == "destroyed");
    const int expected = image.find("release-fails") != std::string::npos ? 1 : 0;
    json exit;
    for (const auto& event : record["events"])
      if (event["type"] == "exit") exit = event;
    CHECK(exit["request"]["exit_event"]["exit_code"] == expected);
    CHECK(world.logs().find("Running release command: /app/bin/migrate --all") !=
          std::string::npos);
  }
  World plain;
  CHECK_FALSE(is_release_command(plain.machine("registry.fly.io/app:v1")));
}

TEST_CASE("fly lifecycle: events keep the newest fifty", "[sandbox][fly]") {
  World world;
  auto& record = world.machine("registry.fly.io/app:v1");
  for (int i = 0; i < 60; ++i) record_event(record, i, "update", "updated", "user");
  REQUIRE(record["events"].size() == 50);
  CHECK(record["events"][0]["timestamp"] == 10);
  CHECK(record["events"].back()["timestamp"] == 59);
}
