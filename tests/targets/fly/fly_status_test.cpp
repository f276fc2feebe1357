// Read-only views of a Fly app against the emulator: health from the machines' states and
// checks (not deployed, healthy, idle when auto-stopped, degraded, down), the serving release,
// one-off commands in a machine, and the log backlog.
#include "targets/fly/fly_status.h"

#include <catch2/catch.hpp>

#include "targets/fly/config/machine_config.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ErrorKind;
using raxol::Health;
using raxol::fly::test::advancing;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::start_machines;
using raxol::fly::test::stop_machine;

namespace {

// A started machine whose config has the test fly.toml's /health check.
std::string checked_machine(FlyTestContext& fly, const std::string& image) {
  auto loaded = raxol::fly::test::parse(raxol::test::test_fly_toml("web"));
  auto config = raxol::fly::to_machine_config(loaded.config, "app", raxol::fly::test::test_options());
  REQUIRE(config.ok());
  json body = {{"config", *config}, {"region", "sjc"}};
  body["config"]["image"] = image;
  auto created = fly.machines().create_machine("web", body);
  REQUIRE(created.ok());
  REQUIRE(advancing(fly.clock(), [&] {
            return fly.machines().wait("web", created->id, "started", 30);
          })->reached);
  fly.clock().advance(std::chrono::seconds(1));  // past check_ms: checks have reported
  return created->id;
}

Health health(FlyTestContext& fly) {
  auto status = raxol::fly::read_fly_status(fly.machines(), fly.web(), "fly", "web");
  REQUIRE(status.ok());
  return status->health;
}

}  // namespace

TEST_CASE("fly status: not deployed / healthy and idle", "[fly][status]") {
  FlyTestContext fly;
  auto none = raxol::fly::read_fly_status(fly.machines(), fly.web(), "fly", "web");
  REQUIRE(none.ok());
  CHECK(none->health == Health::not_deployed);
  CHECK(none->details["machines"].empty());
  CHECK(none->url == "https://web.fly.dev");

  auto machines = start_machines(fly, "web", "registry.fly.io/web:v1", 2);
  auto status = raxol::fly::read_fly_status(fly.machines(), fly.web(), "fly", "web");
  REQUIRE(status.ok());
  CHECK(status->health == Health::healthy);
  CHECK(status->target == "fly");
  CHECK(status->release.empty());  // no release record yet
  REQUIRE(status->details["machines"].size() == 2);
  CHECK(status->details["machines"][0]["image"] == "registry.fly.io/web:v1");
  CHECK(status->details["organization"] == "personal");

  for (const auto& machine : machines) REQUIRE(stop_machine(fly, "web", machine.id).ok());
  for (const auto& machine : machines)
    REQUIRE(advancing(fly.clock(), [&] { return fly.machines().wait("web", machine.id, "stopped", 30); })->reached);
  CHECK(health(fly) == Health::idle);
}

TEST_CASE("fly status: failing checks make an app degraded then down", "[fly][status]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  const std::string good = checked_machine(fly, "registry.fly.io/web:v1");
  CHECK(health(fly) == Health::healthy);
  checked_machine(fly, "registry.fly.io/web:fail-checks");
  CHECK(health(fly) == Health::degraded);
  REQUIRE(fly.machines().destroy_machine("web", good, true, "").ok());
  CHECK(health(fly) == Health::down);
}

TEST_CASE("fly status: exec runs in the first started machine or a named one", "[fly][status]") {
  FlyTestContext fly;
  auto machines = start_machines(fly, "web", "registry.fly.io/web:v1", 2);
  auto any = raxol::fly::exec_in_machine(fly.machines(), "web", "", {"echo", "one"}, 10);
  REQUIRE(any.ok());
  CHECK(any->out == "one\n");
  CHECK(any->exit_code == 0);
  auto named = raxol::fly::exec_in_machine(fly.machines(), "web", machines[1].id, {"echo", "two"}, 10);
  REQUIRE(named.ok());
  CHECK(named->source == machines[1].id);

  for (const auto& machine : machines) REQUIRE(stop_machine(fly, "web", machine.id).ok());
  for (const auto& machine : machines)
    REQUIRE(advancing(fly.clock(), [&] { return fly.machines().wait("web", machine.id, "stopped", 30); })->reached);
  auto stopped = raxol::fly::exec_in_machine(fly.machines(), "web", "", {"echo", "x"}, 10);
  REQUIRE_FALSE(stopped.ok());
  CHECK(stopped.error().kind == ErrorKind::failed);
  CHECK(stopped.error().message.rfind("web has no started machine to run the command in", 0) == 0);
}

TEST_CASE("fly status: the log backlog keeps the most recent lines", "[fly][status]") {
  FlyTestContext fly;
  auto machines = start_machines(fly, "web", "registry.fly.io/web:v1", 2);
  std::vector<raxol::LogEntry> all;
  raxol::LogQuery everything;
  everything.limit = 1000;
  REQUIRE(raxol::fly::read_fly_logs(fly.web(), fly.context(), "web", everything,
                                    [&](const raxol::LogEntry& e) { all.push_back(e); })
              .ok());
  REQUIRE(all.size() >= 3);
  std::vector<raxol::LogEntry> last;
  raxol::LogQuery two;
  two.limit = 2;
  REQUIRE(raxol::fly::read_fly_logs(fly.web(), fly.context(), "web", two,
                                    [&](const raxol::LogEntry& e) { last.push_back(e); })
              .ok());
  REQUIRE(last.size() == 2);
  CHECK(last[1].message == all.back().message);
  CHECK(last[0].message == all[all.size() - 2].message);

  std::vector<raxol::LogEntry> one;
  raxol::LogQuery machine;
  machine.source = machines[0].id;
  REQUIRE(raxol::fly::read_fly_logs(fly.web(), fly.context(), "web", machine,
                                    [&](const raxol::LogEntry& e) { one.push_back(e); })
              .ok());
  REQUIRE_FALSE(one.empty());
  for (const auto& entry : one) CHECK(entry.source == machines[0].id);
  CHECK_FALSE(raxol::fly::read_fly_logs(fly.web(), fly.context(), "nope", everything,
                                        [](const raxol::LogEntry&) {})
                  .ok());
}
