// Secrets and certificates of an app through the Machines API, against the emulator: one call
// sets and removes secrets and returns the new version, values never come back, and ACME
// certificates go from pending to active on the fake clock.
#include "targets/fly/api/app_resources_client.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ErrorKind;
using raxol::fly::test::FlyTestContext;

TEST_CASE("fly app resources: secrets are set and removed in one call", "[fly][api]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  auto empty = fly.resources().list_secrets("web");
  REQUIRE(empty.ok());
  CHECK(empty->empty());
  auto first = fly.resources().update_secrets("web", {{"DATABASE_URL", "postgres://x"}, {"KEY", "k1"}});
  REQUIRE(first.ok());
  auto second = fly.resources().update_secrets("web", {{"KEY", nullptr}, {"OTHER", "o"}});
  REQUIRE(second.ok());
  CHECK(*second > *first);
  auto listed = fly.resources().list_secrets("web");
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].name == "DATABASE_URL");
  CHECK((*listed)[1].name == "OTHER");
  CHECK_FALSE((*listed)[0].digest.empty());
  CHECK((*listed)[0].digest.find("postgres") == std::string::npos);
  auto missing = fly.resources().list_secrets("nope");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
}

TEST_CASE("fly app resources: an ACME certificate becomes active on the clock", "[fly][api]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  auto added = fly.resources().add_acme_certificate("web", "www.example.com");
  REQUIRE(added.ok());
  CHECK((*added)["hostname"] == "www.example.com");
  CHECK((*added)["status"] == "awaiting_configuration");
  fly.clock().advance(std::chrono::seconds(1));  // cert_issue_ms of the fast settings
  auto checked = fly.resources().check_certificate("web", "www.example.com");
  REQUIRE(checked.ok());
  CHECK((*checked)["status"] == "active");
  auto shown = fly.resources().get_certificate("web", "www.example.com");
  REQUIRE(shown.ok());
  CHECK((*shown)["configured"] == true);
  auto listed = fly.resources().list_certificates("web");
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 1);
  CHECK((*listed)[0]["hostname"] == "www.example.com");
  REQUIRE(fly.resources().delete_certificate("web", "www.example.com").ok());
  CHECK(fly.resources().list_certificates("web")->empty());
  auto gone = fly.resources().get_certificate("web", "www.example.com");
  REQUIRE_FALSE(gone.ok());
  CHECK(gone.error().kind == ErrorKind::not_found);
}
