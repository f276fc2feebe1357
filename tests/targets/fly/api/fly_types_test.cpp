// The Machines API objects as plain structs: reading a machine's JSON (wrong types read as
// empty), its image, metadata and process group, its checks, and the exit code of its last
// run.
#include "targets/fly/api/fly_types.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using raxol::fly::Machine;

TEST_CASE("fly types: a machine read from JSON", "[fly][api]") {
  Machine machine = Machine::from_json(
      {{"id", "3d8d"},
       {"name", "web-1"},
       {"state", "started"},
       {"region", 42},  // a wrong type reads as empty
       {"instance_id", "01H"},
       {"nonce", "n1"},
       {"config",
        {{"image", "registry.fly.io/web:v3"},
         {"metadata", {{"process_group", "worker"}, {"fly_release_version", "3"}}}}},
       {"checks",
        json::array({{{"name", "alive"}, {"status", "passing"}},
                     {{"name", "http"}, {"status", "critical"}, {"output", "503"}}})}});
  CHECK(machine.id == "3d8d");
  CHECK(machine.region.empty());
  CHECK(machine.lease_nonce == "n1");
  CHECK(machine.image() == "registry.fly.io/web:v3");
  CHECK(machine.metadata("fly_release_version") == "3");
  CHECK(machine.metadata("missing").empty());
  CHECK(machine.process_group() == "worker");  // the legacy key
  REQUIRE(machine.checks.size() == 2);
  CHECK(machine.checks[1].output == "503");
  CHECK(machine.passing_checks() == 1);
  CHECK_FALSE(machine.all_checks_passing());
  CHECK_FALSE(machine.has_checks_configured());  // the config defines none

  CHECK(Machine::from_json("not an object").id.empty());
  CHECK(Machine::from_json(json::object()).process_group() == "app");
}

TEST_CASE("fly types: checks configured in the config or its services", "[fly][api]") {
  Machine top = Machine::from_json({{"config", {{"checks", {{"alive", {{"type", "tcp"}}}}}}}});
  CHECK(top.has_checks_configured());
  CHECK_FALSE(top.all_checks_passing());  // none reported yet
  Machine service = Machine::from_json(
      {{"config", {{"services", json::array({{{"checks", json::array({{{"type", "http"}}})}}})}}},
       {"checks", json::array({{{"name", "c"}, {"status", "passing"}}})}});
  CHECK(service.has_checks_configured());
  CHECK(service.all_checks_passing());
  Machine empty = Machine::from_json({{"config", {{"services", json::array({json::object()})}}}});
  CHECK_FALSE(empty.has_checks_configured());
}

TEST_CASE("fly types: the exit code of the last run", "[fly][api]") {
  auto exit_event = [](int code) {
    return json{{"type", "exit"}, {"request", {{"exit_event", {{"exit_code", code}}}}}};
  };
  auto monitor_exit = [](int code) {
    return json{{"type", "exit"},
                {"request", {{"MonitorEvent", {{"exit_event", {{"exit_code", code}}}}}}}};
  };
  CHECK(Machine::from_json({{"events", json::array({exit_event(3), {{"type", "start"}}})}})
            .last_exit_code() == 3);
  CHECK(Machine::from_json({{"events", json::array({monitor_exit(137)})}}).last_exit_code() == 137);
  // A start after the exit (newest first) means it runs again.
  CHECK_FALSE(Machine::from_json({{"events", json::array({{{"type", "start"}}, exit_event(1)})}})
                  .last_exit_code());
  CHECK_FALSE(Machine::from_json({{"events", json::array({{{"type", "exit"}}})}}).last_exit_code());
  CHECK_FALSE(Machine::from_json(json::object()).last_exit_code());
}
