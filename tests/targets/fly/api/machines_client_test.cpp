// The Machines API client against the emulator over real HTTP: apps, the machine lifecycle
// (create, wait on the fake clock, update under a lease, stop, start, destroy), leases and their
// conflicts, metadata, exec and IP addresses.
#include "targets/fly/api/machines_client.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ErrorKind;
using raxol::fly::test::advancing;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::start_machines;

TEST_CASE("fly machines client: apps are created once and missing ones are not_found",
          "[fly][api]") {
  FlyTestContext fly;
  auto missing = fly.machines().get_app("web");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  auto found = fly.machines().get_app("web");
  REQUIRE(found.ok());
  CHECK((*found)["name"] == "web");
  auto again = fly.machines().create_app("web", "personal");
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().message.rfind("Fly API: create app web: HTTP ", 0) == 0);
  auto listed = fly.machines().list_machines("web");
  REQUIRE(listed.ok());
  CHECK(listed->empty());
}

TEST_CASE("fly machines client: create / wait / update under a lease / stop / start and destroy",
          "[fly][api]") {
  FlyTestContext fly;
  auto machines = start_machines(fly, "web", "registry.fly.io/web:v1", 1);
  const std::string id = machines[0].id;
  auto got = fly.machines().get_machine("web", id);
  REQUIRE(got.ok());
  CHECK(got->state == "started");
  CHECK(got->image() == "registry.fly.io/web:v1");
  CHECK(got->region == "sjc");
  CHECK(got->process_group() == "app");

  auto lease = fly.machines().acquire_lease("web", id, 30, "test deploy");
  REQUIRE(lease.ok());
  CHECK_FALSE(lease->nonce.empty());
  CHECK(lease->description == "test deploy");
  auto held = fly.machines().get_lease("web", id);
  REQUIRE(held.ok());
  REQUIRE(held->has_value());
  CHECK((*held)->nonce == lease->nonce);

  json config = got->config;
  config["image"] = "registry.fly.io/web:v2";
  auto updated =
      fly.machines().update_machine("web", id, {{"config", config}, {"region", "sjc"}}, lease->nonce);
  REQUIRE(updated.ok());
  CHECK(updated->instance_id != got->instance_id);
  auto waited = advancing(fly.clock(), [&] {
    return fly.machines().wait("web", id, "started", 30, updated->instance_id);
  });
  REQUIRE(waited.ok());
  CHECK(waited->reached);
  CHECK(waited->state == "started");
  CHECK(fly.machines().get_machine("web", id)->image() == "registry.fly.io/web:v2");

  // Starting a machine that already runs is accepted (the deploy restarts stopped ones).
  REQUIRE(fly.machines().start_machine("web", id, lease->nonce).ok());
  CHECK(advancing(fly.clock(), [&] { return fly.machines().wait("web", id, "started", 30); })
            ->reached);

  REQUIRE(fly.machines().release_lease("web", id, lease->nonce).ok());
  CHECK_FALSE(fly.machines().get_lease("web", id)->has_value());
  CHECK(fly.machines().release_lease("web", id, lease->nonce).ok());  // 404 counts as released
  REQUIRE(fly.machines().destroy_machine("web", id, /*force=*/true, "").ok());
  auto after = fly.machines().get_machine("web", id);
  CHECK((!after.ok() || after->state == "destroyed" || after->state == "destroying"));
}

TEST_CASE("fly machines client: a wait that passes its deadline is not an error", "[fly][api]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("stuck", "personal").ok());
  auto created = fly.machines().create_machine(
      "stuck", {{"region", "sjc"}, {"config", {{"image", "registry.fly.io/stuck:never-starts"}}}});
  REQUIRE(created.ok());
  auto waited = advancing(fly.clock(), [&] {
    return fly.machines().wait("stuck", created->id, "started", 2);
  });
  REQUIRE(waited.ok());
  CHECK_FALSE(waited->reached);
  CHECK(fly.machines().get_machine("stuck", created->id)->state == "starting");
}

TEST_CASE("fly machines client: a held lease is a conflict naming the holder", "[fly][api]") {
  FlyTestContext fly;
  auto machines = start_machines(fly, "web", "registry.fly.io/web:v1", 1);
  const std::string id = machines[0].id;
  auto first = fly.machines().acquire_lease("web", id, 30, "deploy A");
  REQUIRE(first.ok());
  auto second = fly.machines().acquire_lease("web", id, 30, "deploy B");
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().kind == ErrorKind::conflict);
  CHECK(second.error().message.find("lease currently held by you@sandbox.local") !=
        std::string::npos);
  CHECK(second.error().message.find("deploy A") != std::string::npos);
  // The holder refreshes with its nonce and keeps it.
  auto refreshed = fly.machines().acquire_lease("web", id, 30, "deploy A", first->nonce);
  REQUIRE(refreshed.ok());
  CHECK(refreshed->nonce == first->nonce);
  // Changing a leased machine without the nonce is refused.
  auto refused = fly.machines().update_machine(
      "web", id, {{"config", machines[0].config}, {"region", "sjc"}}, "");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().http_status >= 400);
}

TEST_CASE("fly machines client: exec and IP addresses", "[fly][api]") {
  FlyTestContext fly;
  auto machines = start_machines(fly, "web", "registry.fly.io/web:v1", 1);
  const std::string id = machines[0].id;
  auto ran = fly.machines().exec("web", id, {"echo", "hello", "world"}, 10);
  REQUIRE(ran.ok());
  CHECK((*ran)["exit_code"] == 0);
  CHECK((*ran)["stdout"] == "hello world\n");

  auto none = fly.machines().list_ips("web");
  REQUIRE(none.ok());
  CHECK(none->empty());
  REQUIRE(fly.machines().allocate_ip("web", "v6").ok());
  auto ips = fly.machines().list_ips("web");
  REQUIRE(ips.ok());
  REQUIRE(ips->size() == 1);
  CHECK_FALSE((*ips)[0].value("ip", std::string()).empty());
}
