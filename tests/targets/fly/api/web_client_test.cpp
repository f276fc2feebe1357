// Fly's web API client against the emulator: release records written through REST and read
// back through the GraphQL query (newest first, with the stored definition and metadata), an
// unknown app as not_found, and log pages after a token.
#include "targets/fly/api/web_client.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::ErrorKind;
using raxol::ReleaseStatus;
using raxol::fly::test::FlyTestContext;

TEST_CASE("fly web client: releases are created / updated and listed newest first",
          "[fly][api]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  const json definition = {{"app", "web"}, {"primary_region", "sjc"}};
  auto first = fly.web().create_release("web", definition, "registry.fly.io/web:v1", "rolling",
                                        "deploy registry.fly.io/web:v1");
  REQUIRE(first.ok());
  CHECK_FALSE(first->id.empty());
  CHECK(first->version == 1);
  CHECK(first->config_definition == definition);
  REQUIRE(fly.web().update_release(first->id, ReleaseStatus::complete, {{"raxol_deploy", {{"strategy", "rolling"}}}}).ok());
  auto second = fly.web().create_release("web", definition, "registry.fly.io/web:v2", "canary",
                                         "deploy v2");
  REQUIRE(second.ok());
  CHECK(second->version == 2);
  REQUIRE(fly.web().update_release(second->id, ReleaseStatus::failed, json::object()).ok());

  auto listed = fly.web().list_releases("web", 10);
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].version == 2);
  CHECK((*listed)[0].status == ReleaseStatus::failed);
  CHECK((*listed)[0].image_ref == "registry.fly.io/web:v2");
  CHECK((*listed)[0].description == "deploy v2");
  CHECK((*listed)[1].status == ReleaseStatus::complete);
  CHECK((*listed)[1].config_definition == definition);
  CHECK((*listed)[1].metadata["raxol_deploy"]["strategy"] == "rolling");
  CHECK((*listed)[1].user == "you@sandbox.local");
  CHECK_FALSE((*listed)[1].created_at.empty());

  auto limited = fly.web().list_releases("web", 1);
  REQUIRE(limited.ok());
  CHECK(limited->size() == 1);
}

TEST_CASE("fly web client: an unknown app or release is an error", "[fly][api]") {
  FlyTestContext fly;
  auto missing = fly.web().list_releases("nope", 10);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
  CHECK(missing.error().message.rfind("Fly API: list releases of nope: ", 0) == 0);
  auto no_release = fly.web().update_release("no-such-release", ReleaseStatus::complete, {});
  REQUIRE_FALSE(no_release.ok());
  CHECK(no_release.error().message.find("mark release no-such-release complete") !=
        std::string::npos);
}

TEST_CASE("fly web client: log pages follow their token", "[fly][api]") {
  FlyTestContext fly;
  auto machines = raxol::fly::test::start_machines(fly, "web", "registry.fly.io/web:v1", 2);
  auto page = fly.web().logs("web", "", "", "");
  REQUIRE(page.ok());
  REQUIRE_FALSE(page->lines.empty());
  CHECK_FALSE(page->next_token.empty());
  for (const auto& line : page->lines) {
    CHECK_FALSE(line.timestamp.empty());
    CHECK_FALSE(line.message.empty());
  }
  auto rest = fly.web().logs("web", page->next_token, "", "");
  REQUIRE(rest.ok());
  CHECK(rest->lines.empty());  // nothing new since
  auto one = fly.web().logs("web", "", machines[0].id, "");
  REQUIRE(one.ok());
  REQUIRE_FALSE(one->lines.empty());
  for (const auto& line : one->lines) CHECK(line.instance == machines[0].id);
  CHECK(one->lines.size() < page->lines.size());
  auto elsewhere = fly.web().logs("web", "", "", "ams");
  REQUIRE(elsewhere.ok());
  CHECK(elsewhere->lines.empty());
}
