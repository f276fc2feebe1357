// One machine at a time against the emulator, on the fake clock: an update verified healthy on
// the version we sent, failing fast when the machine crashes, a timeout when it never starts
// or its checks never pass, and restoring an update or a create.
#include "targets/fly/deploy/machine_steps.h"

#include <catch2/catch.hpp>

#include "targets/fly/config/machine_config.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ErrorKind;
using raxol::fly::LeaseSet;
using raxol::fly::Machine;
using raxol::fly::MachineChange;
using raxol::fly::StepContext;
using raxol::fly::test::advancing;
using raxol::fly::test::FlyTestContext;

namespace {

// The machine config of the test fly.toml (an http service with a /health check).
json checked_config(const std::string& image) {
  auto loaded = raxol::fly::test::parse(raxol::test::test_fly_toml("web"));
  auto config = raxol::fly::to_machine_config(loaded.config, "app", raxol::fly::test::test_options());
  REQUIRE(config.ok());
  json result = *config;
  result["image"] = image;
  return result;
}

struct Steps {
  FlyTestContext& fly;
  LeaseSet leases;
  raxol::CancelToken cancel;
  std::vector<std::string> reports;
  std::vector<std::string> changed;
  StepContext context;

  explicit Steps(FlyTestContext& fly_)
      : fly(fly_),
        leases(fly_.machines(), "web", "test"),
        context{fly_.machines(), leases, fly_.clock(), cancel, "web", std::chrono::seconds(5),
                std::chrono::milliseconds(200),
                [this](const std::string& line) { reports.push_back(line); },
                [this](const MachineChange&, const std::string& id) { changed.push_back(id); },
                std::nullopt} {}
};

Machine running(FlyTestContext& fly, const std::string& image) {
  if (!fly.machines().get_app("web").ok()) REQUIRE(fly.machines().create_app("web", "personal").ok());
  auto created = fly.machines().create_machine("web", {{"config", checked_config(image)}, {"region", "sjc"}});
  REQUIRE(created.ok());
  auto started = advancing(fly.clock(), [&] {
    return fly.machines().wait("web", created->id, "started", 30, created->instance_id);
  });
  REQUIRE(started.ok());
  return *fly.machines().get_machine("web", created->id);
}

MachineChange update_of(const Machine& machine) {
  MachineChange change;
  change.machine_id = machine.id;
  change.group = "app";
  change.region = machine.region;
  change.state_before = machine.state;
  change.image_before = machine.image();
  change.config_before = machine.config;
  return change;
}

}  // namespace

TEST_CASE("fly machine steps: an update is verified on the new version with checks passing",
          "[fly][deploy]") {
  FlyTestContext fly;
  Machine machine = running(fly, "registry.fly.io/web:v1");
  Steps steps(fly);
  auto change = update_of(machine);
  auto updated = advancing(fly.clock(), [&] {
    return raxol::fly::update_and_verify(steps.context, change, checked_config("registry.fly.io/web:v2"));
  });
  INFO((updated.ok() ? "" : updated.error().message));
  REQUIRE(updated.ok());
  CHECK(updated->state == "started");
  CHECK(updated->image() == "registry.fly.io/web:v2");
  CHECK(updated->instance_id != machine.instance_id);
  CHECK(updated->all_checks_passing());
  CHECK(steps.changed == std::vector<std::string>{machine.id});
  REQUIRE(steps.reports.size() == 1);
  CHECK(steps.reports[0].rfind("updated " + machine.id + " (app, sjc): started, ", 0) == 0);
  CHECK(steps.reports[0].find("checks passing") != std::string::npos);
}

TEST_CASE("fly machine steps: a crash fails fast with the exit code", "[fly][deploy]") {
  FlyTestContext fly;
  Machine machine = running(fly, "registry.fly.io/web:v1");
  Steps steps(fly);
  steps.context.wait_timeout = std::chrono::seconds(60);
  const auto before = fly.clock().steady_now();
  auto crashed = advancing(fly.clock(), [&] {
    return raxol::fly::update_and_verify(steps.context, update_of(machine),
                                         checked_config("registry.fly.io/web:crash"));
  });
  REQUIRE_FALSE(crashed.ok());
  CHECK(crashed.error().kind == ErrorKind::failed);
  CHECK(crashed.error().message == "machine " + machine.id + " stopped instead of running (exit code 1)");
  CHECK(fly.clock().steady_now() - before < std::chrono::seconds(60));  // did not wait it out
  CHECK(steps.changed == std::vector<std::string>{machine.id});  // restoring knows of it
}

TEST_CASE("fly machine steps: never starting or failing checks time out", "[fly][deploy]") {
  FlyTestContext fly;
  Machine machine = running(fly, "registry.fly.io/web:v1");
  Steps steps(fly);
  auto stuck = advancing(fly.clock(), [&] {
    return raxol::fly::update_and_verify(steps.context, update_of(machine),
                                         checked_config("registry.fly.io/web:never-starts"));
  });
  REQUIRE_FALSE(stuck.ok());
  CHECK(stuck.error().kind == ErrorKind::timeout);
  CHECK(stuck.error().message.rfind("machine " + machine.id + " did not start within 5s", 0) == 0);

  auto failing = advancing(fly.clock(), [&] {
    return raxol::fly::update_and_verify(steps.context, update_of(machine),
                                         checked_config("registry.fly.io/web:fail-checks"));
  });
  REQUIRE_FALSE(failing.ok());
  CHECK(failing.error().kind == ErrorKind::failed);
  CHECK(failing.error().message.rfind(
            "health checks did not pass on machine " + machine.id + " within 5s: check '", 0) == 0);
  CHECK(failing.error().message.find("is critical") != std::string::npos);
}

TEST_CASE("fly machine steps: restoring an update and a create", "[fly][deploy]") {
  FlyTestContext fly;
  Machine machine = running(fly, "registry.fly.io/web:v1");
  Steps steps(fly);
  auto change = update_of(machine);
  change.release_before = "v1";
  auto failed = advancing(fly.clock(), [&] {
    return raxol::fly::update_and_verify(steps.context, change,
                                         checked_config("registry.fly.io/web:fail-checks"));
  });
  REQUIRE_FALSE(failed.ok());
  auto restored = advancing(fly.clock(), [&] { return raxol::fly::restore_change(steps.context, change, machine.id); });
  INFO((restored.ok() ? "" : restored.error().message));
  REQUIRE(restored.ok());
  auto back = fly.machines().get_machine("web", machine.id);
  CHECK(back->image() == "registry.fly.io/web:v1");
  CHECK(back->state == "started");
  CHECK(steps.reports.back() == "restored " + machine.id + " (app, sjc) to v1");

  MachineChange create;
  create.action = MachineChange::Action::create;
  create.group = "app";
  create.region = "sjc";
  auto created = advancing(fly.clock(), [&] {
    return raxol::fly::create_and_verify(steps.context, create,
                                         {{"config", checked_config("registry.fly.io/web:v2")}, {"region", "sjc"}});
  });
  REQUIRE(created.ok());
  CHECK_FALSE(steps.leases.nonce(created->id).empty());  // created with lease_ttl: ours
  REQUIRE(raxol::fly::restore_change(steps.context, create, created->id).ok());
  CHECK(steps.leases.nonce(created->id).empty());
  auto gone = fly.machines().get_machine("web", created->id);
  CHECK((!gone.ok() || gone->state == "destroyed" || gone->state == "destroying"));

  MachineChange destroy = update_of(machine);
  destroy.action = MachineChange::Action::destroy;
  auto cannot = raxol::fly::restore_change(steps.context, destroy, machine.id);
  REQUIRE_FALSE(cannot.ok());
  CHECK(cannot.error().message == "machine " + machine.id + " was destroyed and cannot be restored");
}
