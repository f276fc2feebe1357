// The leases a deploy holds, against the emulator: all or none (a machine leased by someone
// else is a conflict naming the holder, and the leases already taken are given back), waiting
// on the fake clock for another deploy's lease to expire (--lock-wait), and release.
#include "targets/fly/deploy/lease_set.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::ErrorKind;
using raxol::fly::LeaseSet;
using raxol::fly::test::FlyTestContext;
using raxol::fly::test::start_machines;

namespace {

std::vector<std::string> ids_of(const std::vector<raxol::fly::Machine>& machines) {
  std::vector<std::string> ids;
  for (const auto& machine : machines) ids.push_back(machine.id);
  return ids;
}

bool leased(FlyTestContext& fly, const std::string& id) {
  auto lease = fly.machines().get_lease("web", id);
  REQUIRE(lease.ok());
  return lease->has_value();
}

}  // namespace

TEST_CASE("fly lease set: every machine is leased then released", "[fly][deploy][leases]") {
  FlyTestContext fly;
  auto ids = ids_of(start_machines(fly, "web", "registry.fly.io/web:v1", 3));
  {
    LeaseSet leases(fly.machines(), "web", "test deploy");
    REQUIRE(leases.acquire(ids, 4).ok());
    CHECK(leases.size() == 3);
    for (const auto& id : ids) {
      CHECK_FALSE(leases.nonce(id).empty());
      REQUIRE(leased(fly, id));
      CHECK(fly.machines().get_lease("web", id)->value().description == "test deploy");
    }
    const std::string nonce = leases.nonce(ids[0]);
    leases.forget(ids[0]);
    CHECK(leases.nonce(ids[0]).empty());
    CHECK(leases.size() == 2);
    leases.adopt(ids[0], nonce);
    leases.release_all();
    CHECK(leases.size() == 0);
    for (const auto& id : ids) CHECK_FALSE(leased(fly, id));
    leases.release_all();  // safe twice
  }
  // The destructor releases what is still held.
  {
    LeaseSet leases(fly.machines(), "web", "scoped");
    REQUIRE(leases.acquire(ids, 4).ok());
  }
  for (const auto& id : ids) CHECK_FALSE(leased(fly, id));
}

TEST_CASE("fly lease set: a machine leased by someone else is a conflict and nothing is kept",
          "[fly][deploy][leases]") {
  FlyTestContext fly;
  auto ids = ids_of(start_machines(fly, "web", "registry.fly.io/web:v1", 3));
  std::sort(ids.begin(), ids.end());
  auto other = fly.machines().acquire_lease("web", ids[2], 60, "someone else's deploy");
  REQUIRE(other.ok());
  LeaseSet leases(fly.machines(), "web", "ours");
  auto refused = leases.acquire(ids, 4);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::conflict);
  CHECK(refused.error().message.rfind("machine " + ids[2] +
                                          " of web is leased by you@sandbox.local "
                                          "(someone else's deploy) until ",
                                      0) == 0);
  const auto& notes = refused.error().notes;
  CHECK(std::find(notes.begin(), notes.end(),
                  "another deploy is probably running; nothing was changed") != notes.end());
  CHECK(leases.size() == 0);
  CHECK_FALSE(leased(fly, ids[0]));
  CHECK_FALSE(leased(fly, ids[1]));
  CHECK(fly.machines().get_lease("web", ids[2])->value().nonce == other->nonce);
}

TEST_CASE("fly lease set: waiting on the clock until another deploy's lease expires",
          "[fly][deploy][leases]") {
  FlyTestContext fly;
  auto ids = ids_of(start_machines(fly, "web", "registry.fly.io/web:v1", 1));
  REQUIRE(fly.machines().acquire_lease("web", ids[0], 5, "the other deploy").ok());
  LeaseSet leases(fly.machines(), "web", "ours");
  raxol::CancelToken cancel;
  std::vector<std::string> told;
  auto no_wait = leases.acquire_waiting(ids, 4, std::chrono::seconds(0), fly.clock(), cancel,
                                        [&](const raxol::Error& e) { told.push_back(e.message); });
  REQUIRE_FALSE(no_wait.ok());
  CHECK(no_wait.error().kind == ErrorKind::conflict);
  CHECK(told.empty());

  const auto before = fly.clock().steady_now();
  auto waited = leases.acquire_waiting(ids, 4, std::chrono::seconds(30), fly.clock(), cancel,
                                       [&](const raxol::Error& e) { told.push_back(e.message); });
  REQUIRE(waited.ok());
  CHECK(leases.size() == 1);
  REQUIRE(told.size() == 1);  // told once per holder, not once per try
  CHECK(told[0].find("(the other deploy)") != std::string::npos);
  const auto waited_for = fly.clock().steady_now() - before;
  CHECK(waited_for >= std::chrono::seconds(4));
  CHECK(waited_for < std::chrono::seconds(30));
}

TEST_CASE("fly lease set: giving up after --lock-wait says how long it waited",
          "[fly][deploy][leases]") {
  FlyTestContext fly;
  auto ids = ids_of(start_machines(fly, "web", "registry.fly.io/web:v1", 1));
  REQUIRE(fly.machines().acquire_lease("web", ids[0], 3600, "a long deploy").ok());
  LeaseSet leases(fly.machines(), "web", "ours");
  raxol::CancelToken cancel;
  auto refused = leases.acquire_waiting(ids, 4, std::chrono::seconds(10), fly.clock(), cancel, {});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::conflict);
  const auto& notes = refused.error().notes;
  CHECK(std::find(notes.begin(), notes.end(), "waited 10s (--lock-wait)") != notes.end());
  cancel.request();
  auto interrupted = leases.acquire_waiting(ids, 4, std::chrono::seconds(10), fly.clock(), cancel, {});
  REQUIRE_FALSE(interrupted.ok());
  CHECK(interrupted.error().kind == ErrorKind::interrupted);
}
