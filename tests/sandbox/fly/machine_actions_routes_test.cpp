// Machine actions of the Fly emulator on its clock: start, stop (with the config's signal),
// restart, suspend, cordon, signal, exec and events, with the API's 400/412s.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;
using std::chrono::milliseconds;

TEST_CASE("fly emulator: exec", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("ops");
  const std::string id = fly.create_machine("ops", "registry.fly.io/ops:v1")["id"];
  const std::string base = "/v1/apps/ops/machines/" + id;
  CHECK(fly.post(base + "/exec", {{"command", {"echo", "hi"}}}).status == 412);  // not started
  clock.advance(milliseconds(61));
  auto echo = fly.post(base + "/exec", {{"command", {"echo", "hello", "world"}}, {"timeout", 5}});
  CHECK(echo.body["exit_code"] == 0);
  CHECK(echo.body["stdout"] == "hello world\n");
  CHECK(fly.post(base + "/exec", {{"cmd", "/app/bin/migrate"}}).body["stdout"] ==
        "migrations complete\n");
  CHECK(fly.post(base + "/exec", {{"command", {"ls"}}}).body["stdout"] == "sandbox: ran ls\n");
  fly.send("PATCH", "/__sandbox/settings", {{"fly", {{"exec_exit_code", 3}}}});
  CHECK(fly.post(base + "/exec", {{"command", {"false"}}}).body["exit_code"] == 3);
  // printenv shows what the machine booted with: its config env, then the secrets it saw.
  CHECK(fly.post(base + "/exec", {{"command", {"printenv", "MISSING"}}}).body["exit_code"] == 1);
  CHECK(fly.post(base + "/exec", {{"command", json::array()}}).status == 400);

  fly.check_requests_conform();
}

TEST_CASE("fly emulator: start, stop, restart, suspend, cordon, signal and events",
          "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("act");
  json config = {{"image", "registry.fly.io/act:v1"},
                 {"init", json::object()},
                 {"stop_config", {{"signal", "SIGQUIT"}}}};
  const std::string id = fly.create_machine("act", "", {{"config", config}})["id"];
  const std::string base = "/v1/apps/act/machines/" + id;
  auto state = [&] { return fly.get(base).body["state"].get<std::string>(); };
  CHECK(fly.post(base + "/suspend").status == 412);  // not started yet
  clock.advance(milliseconds(61));
  REQUIRE(state() == "started");

  CHECK(fly.post(base + "/stop", json::object()).body == json{{"ok", true}});
  CHECK(state() == "stopping");
  clock.advance(milliseconds(40));
  CHECK(state() == "stopped");
  auto logs = fly.get("/api/v1/apps/act/logs?instance=" + id).body["data"];
  std::string text;
  for (const auto& line : logs) text += line["attributes"]["message"].get<std::string>() + "\n";
  CHECK(text.find("Sending signal SIGQUIT") != std::string::npos);  // the config's stop signal

  auto started = fly.post(base + "/start");
  CHECK(started.body["previous_state"] == "stopped");
  clock.advance(milliseconds(60));
  CHECK(state() == "started");
  CHECK(fly.post(base + "/restart").status == 200);
  clock.advance(milliseconds(40));
  CHECK(state() == "starting");
  clock.advance(milliseconds(60));
  CHECK(state() == "started");
  CHECK(fly.post(base + "/suspend").status == 200);
  clock.advance(milliseconds(40));
  CHECK(state() == "suspended");
  CHECK(fly.post(base + "/start").body["previous_state"] == "suspended");
  clock.advance(milliseconds(60));

  CHECK(fly.post(base + "/cordon").status == 200);
  CHECK(fly.post(base + "/uncordon").status == 200);
  CHECK(fly.post(base + "/signal", {{"signal", "SIGUSR1"}}).status == 200);
  CHECK(fly.post(base + "/signal", json::object()).status == 400);
  auto events = fly.get(base + "/events?limit=3").body;
  REQUIRE(events.size() == 3);
  CHECK(events[0]["timestamp"] >= events[1]["timestamp"]);
  CHECK(fly.get(base + "/events?limit=ten").status == 400);
  CHECK(fly.get(base + "/events?limit=500").body.size() <= 50);
  CHECK(fly.post("/v1/apps/act/machines/00000000000000/start").status == 404);
}
