// TLS certificates of the Fly emulator: ACME certificates pending until cert_issue_ms has
// passed on the emulator's clock, then issued; custom ones active at once; lists, checks,
// removal and the API's 404/422s.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"

using namespace raxol::test::fly;

TEST_CASE("fly emulator: certificates go from pending to active after cert_issue_ms",
          "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("site");
  fly.post("/v1/apps/site/ip_assignments", {{"type", "v6"}});
  fly.post("/v1/apps/site/ip_assignments", {{"type", "shared_v4"}});
  auto created = fly.post("/v1/apps/site/certificates/acme", {{"hostname", "www.example.com"}});
  REQUIRE(created.status == 201);
  CHECK(created.body["status"] == "awaiting_configuration");
  CHECK(created.body["certificates"][0]["status"] == "pending_validation");
  const auto& dns = created.body["dns_requirements"];
  CHECK(dns["a"][0].get<std::string>().rfind("66.241.124.", 0) == 0);
  CHECK(dns["aaaa"][0].get<std::string>().rfind("2a09:8280:1::", 0) == 0);
  CHECK(dns["cname"] == "site.fly.dev");
  CHECK(dns["acme_challenge"]["name"] == "_acme-challenge.www.example.com");
  CHECK(dns["acme_challenge"]["target"].get<std::string>().find(".flydns.net") !=
        std::string::npos);

  CHECK(fly.post("/v1/apps/site/certificates/acme", {{"hostname", "not a host"}}).status == 422);
  CHECK(fly.get("/v1/apps/site/certificates/nope.example.com").status == 404);

  clock.advance(std::chrono::milliseconds(399));  // cert_issue_ms of the fast settings: 400
  CHECK(fly.get("/v1/apps/site/certificates/www.example.com").body["status"] ==
        "awaiting_configuration");
  clock.advance(std::chrono::milliseconds(1));
  auto checked = fly.post("/v1/apps/site/certificates/www.example.com/check");
  REQUIRE(checked.status == 200);
  CHECK(checked.body["status"] == "active");
  CHECK(checked.body["certificates"][0]["status"] == "active");
  CHECK(checked.body["certificates"][0]["issued"].size() == 2);
  CHECK(checked.body["dns_records"]["a"].size() == 1);
  auto listed = fly.get("/v1/apps/site/certificates?limit=10");
  CHECK(listed.body["total_count"] == 1);
  CHECK(listed.body["certificates"][0]["hostname"] == "www.example.com");
  // Adding the same hostname again answers with what is there; another app cannot take it.
  CHECK(fly.post("/v1/apps/site/certificates/acme", {{"hostname", "www.example.com"}})
            .body["status"] == "active");
  fly.create_app("other");
  CHECK(fly.post("/v1/apps/other/certificates/acme", {{"hostname", "www.example.com"}}).status ==
        422);
  CHECK(fly.get("/v1/apps/site/certificates?cursor=x").status == 400);
  CHECK(fly.get("/v1/apps/site/certificates?filter=nothing").body["total_count"] == 0);
  CHECK(fly.del("/v1/apps/site/certificates/www.example.com/custom").status == 404);
  CHECK(fly.del("/v1/apps/site/certificates/www.example.com").status == 204);
  CHECK(fly.get("/v1/apps/site/certificates").body["total_count"] == 0);
  fly.check_requests_conform();
}

TEST_CASE("fly emulator: custom certificates are active at once", "[sandbox][fly]") {
  raxol::test::FakeClock clock;
  FlySandbox fly(json::object(), &clock);
  fly.create_app("own");
  CHECK(fly.post("/v1/apps/own/certificates/custom", {{"hostname", "own.example.com"}}).status ==
        422);  // no certificate given
  auto custom = fly.post("/v1/apps/own/certificates/custom", {{"hostname", "own.example.com"},
                                                              {"fullchain", "-----BEGIN..."},
                                                              {"private_key", "-----BEGIN..."}});
  REQUIRE(custom.status == 201);
  CHECK(custom.body["status"] == "active");
  CHECK(custom.body["acme_requested"] == false);
  CHECK(fly.del("/v1/apps/own/certificates/own.example.com/acme").status == 404);
  CHECK(fly.del("/v1/apps/own/certificates/own.example.com/custom").status == 200);
  CHECK(fly.get("/v1/apps/own/certificates").body["total_count"] == 0);
  fly.check_requests_conform();
}
