// The Fly emulator's machine routes over real loopback HTTP: the lifecycle through create,
// update and destroy (with /wait in real time, as clients use it), filters, crashes and
// release-command machines, and what create takes from its body.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

namespace {

// Events are newest first; the first event of `type`.
json first_event(const json& machine, const std::string& type) {
  for (const auto& event : machine["events"])
    if (event["type"] == type) return event;
  return nullptr;
}

}  // namespace

TEST_CASE("fly emulator: machine lifecycle with wait", "[sandbox][fly]") {
  FlySandbox fly;
  auto created = fly.post("/v1/apps", {{"name", "web"}, {"org_slug", "personal"}});
  REQUIRE(created.status == 201);
  CHECK(created.body["status"] == "pending");
  auto taken = fly.post("/v1/apps", {{"name", "web"}, {"org_slug", "personal"}});
  CHECK(taken.status == 422);
  CHECK(taken.body["status"] == "name_taken");

  auto machine = fly.create_machine("web", "registry.fly.io/web:v1");
  const std::string id = machine["id"];
  CHECK(id.size() == 14);
  CHECK(machine["state"] == "created");
  CHECK(machine["instance_id"].get<std::string>().size() == 26);
  CHECK(machine["image_ref"]["tag"] == "v1");
  const std::string base = "/v1/apps/web/machines/" + id;

  // Visible at once: no eventual-consistency 404 right after create.
  auto started = fly.wait_for("web", id, "started");
  CHECK(started["ok"] == true);
  CHECK(started["state"] == "started");
  CHECK(started["version"] == machine["instance_id"]);
  CHECK(fly.get("/v1/apps/web").body["status"] == "deployed");

  CHECK(fly.post(base + "/stop", {{"signal", "SIGTERM"}, {"timeout", "5s"}}).status == 200);
  CHECK(fly.wait_for("web", id, "stopped")["state"] == "stopped");
  auto stopped = fly.get(base).body;
  CHECK(first_event(stopped, "exit")["request"]["exit_event"]["exit_code"] == 0);
  CHECK(fly.post(base + "/start").body["previous_state"] == "stopped");
  fly.wait_for("web", id, "started");
  CHECK(fly.post(base + "/restart?signal=SIGTERM").status == 200);
  fly.wait_for("web", id, "started");
  CHECK(fly.post(base + "/suspend").status == 200);
  fly.wait_for("web", id, "suspended");
  fly.post(base + "/start");
  fly.wait_for("web", id, "started");

  // An update mints a new version; waiting on it only ends once that version runs.
  json config = {{"image", "registry.fly.io/web:v2"}, {"init", json::object()}};
  auto updated = fly.post(base, {{"config", config}, {"region", "ams"}});
  REQUIRE(updated.status == 200);
  const std::string version = updated.body["instance_id"];
  CHECK(version != machine["instance_id"]);
  auto waited = fly.wait_for("web", id, "started", "&version=" + version);
  CHECK(waited["version"] == version);
  CHECK(fly.get(base).body["config"]["image"] == "registry.fly.io/web:v2");

  auto events = fly.get(base + "/events?limit=2");
  REQUIRE(events.body.size() == 2);
  CHECK(events.body[0]["timestamp"] >= events.body[1]["timestamp"]);

  // Destroying a started machine needs force, like the real API.
  CHECK(fly.del(base).status == 412);
  CHECK(fly.del(base + "?force=true").status == 200);
  CHECK(fly.wait_for("web", id, "destroyed")["state"] == "destroyed");
  CHECK(fly.get(base).body["state"] == "destroyed");
  CHECK(fly.get("/v1/apps/web/machines").body.empty());
  CHECK(fly.get("/v1/apps/web/machines?include_deleted=true").body.size() == 1);
  CHECK(fly.get("/v1/apps/nope/machines").body["error"] == "app not found");
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: skip_launch machines settle stopped and filter by state",
          "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("cold");
  auto machine = fly.create_machine("cold", "registry.fly.io/cold:v1", {{"skip_launch", true}});
  const std::string id = machine["id"];
  fly.wait_for("cold", id, "stopped");
  // A repeated and a comma-separated `state` both work.
  auto settled = fly.get("/v1/apps/cold/machines/" + id + "/wait?state=started,stopped");
  CHECK(settled.body["state"] == "stopped");
  CHECK(fly.get("/v1/apps/cold/machines?state=stopped").body.size() == 1);
  CHECK(fly.get("/v1/apps/cold/machines?state=started").body.empty());
  CHECK_FALSE(fly.get("/v1/apps/cold/machines?summary=true").body[0].contains("config"));
  CHECK(fly.del("/v1/apps/cold/machines/" + id).status == 200);  // stopped: no force needed
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: crash images exit with code 1 after starting", "[sandbox][fly]") {
  FlySandbox fly;
  fly.create_app("crashy");
  auto machine = fly.create_machine("crashy", "registry.fly.io/crashy:crash-loop");
  fly.wait_for("crashy", machine["id"], "started");
  fly.wait_for("crashy", machine["id"], "stopped");
  auto stopped = fly.get("/v1/apps/crashy/machines/" + machine["id"].get<std::string>()).body;
  auto exit = first_event(stopped, "exit");
  CHECK(exit["request"]["exit_event"]["exit_code"] == 1);
  CHECK(exit["request"]["exit_event"]["requested_stop"] == false);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: release command machines exit with their code and stay readable",
          "[sandbox][fly]") {
  auto image = GENERATE(std::string("registry.fly.io/app:v1"),
                        std::string("registry.fly.io/app:release-fails"));
  const int expected = image.find("release-fails") != std::string::npos ? 1 : 0;
  FlySandbox fly;
  fly.create_app("rel");
  json config = {{"image", image},
                 {"init", {{"cmd", {"/app/bin/migrate"}}}},
                 {"auto_destroy", true},
                 {"restart", {{"policy", "no"}}},
                 {"metadata", {{"fly_process_group", "fly_app_release_command"}}}};
  auto machine = fly.create_machine("rel", image, {{"config", config}, {"skip_launch", true}});
  const std::string id = machine["id"];
  fly.wait_for("rel", id, "stopped");
  CHECK(fly.post("/v1/apps/rel/machines/" + id + "/start").status == 200);
  fly.wait_for("rel", id, "destroyed");
  // Waiting for any other state of a destroyed machine ends at once with a 404.
  CHECK(fly.get("/v1/apps/rel/machines/" + id + "/wait?state=started&timeout=30").status == 404);
  // The real API keeps a destroyed machine readable for a while: the exit code is there.
  auto gone = fly.get("/v1/apps/rel/machines/" + id).body;
  CHECK(gone["state"] == "destroyed");
  CHECK(first_event(gone, "exit")["request"]["exit_event"]["exit_code"] == expected);
  auto logs = fly.get("/api/v1/apps/rel/logs?instance=" + id).body["data"];
  std::string text;
  for (const auto& line : logs) text += line["attributes"]["message"].get<std::string>() + "\n";
  CHECK(text.find("Running release command: /app/bin/migrate") != std::string::npos);
  CHECK((text.find("migrations complete") != std::string::npos) == (expected == 0));
  CHECK(text.find("Main child exited normally with code: " + std::to_string(expected)) !=
        std::string::npos);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: create takes name, region and lease from the body", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json{{"fly", {{"default_region", "fra"}}}}, &clock);
  fly.create_app("made");
  auto named = fly.create_machine("made", "registry.fly.io/made:v1",
                                  {{"name", "primary"}, {"region", "ord"}, {"lease_ttl", 30}});
  CHECK(named["name"] == "primary");
  CHECK(named["region"] == "ord");
  CHECK(named["nonce"].get<std::string>().size() == 32);
  clock.advance(std::chrono::milliseconds(5));
  // Without a region a machine joins the app's oldest one; a new app gets default_region.
  json config = {{"config", {{"image", "registry.fly.io/made:v1"}, {"init", json::object()}}}};
  CHECK(fly.post("/v1/apps/made/machines", config).body["region"] == "ord");
  fly.create_app("fresh");
  auto fresh = fly.post("/v1/apps/fresh/machines", config).body;
  CHECK(fresh["region"] == "fra");
  const std::string name = fresh["name"];
  CHECK(std::count(name.begin(), name.end(), '-') == 2);  // adjective-noun-NNNN
  CHECK(fly.get("/v1/apps/made/machines?region=ord").body.size() == 2);
  CHECK(fly.get("/v1/apps/made/machines?region=fra").body.empty());
  CHECK(fly.post("/v1/apps/ghost/machines", config).status == 404);
  fly.check_requests_conform();
}
