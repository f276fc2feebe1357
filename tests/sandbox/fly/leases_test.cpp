// Machine leases through their API: an active lease until it expires, granting, the API's
// lease data, flyctl's conflict message, and which nonce may mutate a leased machine.
#include "sandbox/fly/leases.h"

#include <catch2/catch.hpp>

using namespace raxol::sandbox::fly;

namespace {
json record() { return {{"machine", {{"id", "3d8d9e2fa1c703"}, {"instance_id", "01V1"}}}}; }
}  // namespace

TEST_CASE("fly leases: grant, expire, and who may mutate", "[sandbox][fly]") {
  json machine = record();
  CHECK(active_lease(machine, 0) == nullptr);
  CHECK(lease_permits(machine, "", 0));
  const json& lease = grant_lease(machine, "ops@example.com", "deploy", 30, 1'000'000);
  const std::string nonce = lease["nonce"];
  CHECK(nonce.size() == 32);
  CHECK(lease["expires_ms"] == 1'030'000);
  REQUIRE(active_lease(machine, 1'029'999) != nullptr);
  CHECK(active_lease(machine, 1'030'000) == nullptr);  // expired exactly at expires_ms
  CHECK(lease_permits(machine, nonce, 1'000'001));
  CHECK_FALSE(lease_permits(machine, "", 1'000'001));
  CHECK_FALSE(lease_permits(machine, "0123456789abcdef0123456789abcdef", 1'000'001));
  CHECK(lease_permits(machine, "", 1'030'000));  // an expired lease is absent
  // A new grant replaces the old lease with a new nonce.
  const std::string second = grant_lease(machine, "b@example.com", "", 5, 2'000'000)["nonce"];
  CHECK(second != nonce);
  machine["lease"] = "not an object";
  CHECK(active_lease(machine, 0) == nullptr);
}

TEST_CASE("fly leases: the API's data and flyctl's conflict message", "[sandbox][fly]") {
  json machine = record();
  const json& lease = grant_lease(machine, "ops@example.com", "raxol-deploy v3", 60,
                                  1'767'225'600'000);  // 2026-01-01T00:00:00Z
  auto data = lease_data(lease, machine);
  CHECK(data["expires_at"] == 1'767'225'660);
  CHECK(data["owner"] == "ops@example.com");
  CHECK(data["description"] == "raxol-deploy v3");
  CHECK(data["version"] == "01V1");
  CHECK(data["nonce"] == lease["nonce"]);
  const std::string message = lease_conflict_message(machine, lease);
  CHECK(message ==
        "machine ID 3d8d9e2fa1c703 lease currently held by ops@example.com, expires at "
        "2026-01-01 00:01:00 +0000 UTC (description: raxol-deploy v3)");
  CHECK(message.find(lease["nonce"].get<std::string>()) == std::string::npos);
  machine["lease"]["description"] = "";
  CHECK(lease_conflict_message(machine, machine["lease"]).find("description") == std::string::npos);
}
