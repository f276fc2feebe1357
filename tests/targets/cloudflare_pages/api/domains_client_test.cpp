// The custom-domain calls of a Pages project over real HTTP against the emulator, and the
// domain object read without throwing. The facet built on them is tested in
// pages_domains_test.cpp.
#include "targets/cloudflare_pages/api/domains_client.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::cfp::PagesWorld;

TEST_CASE("pages domains client: add - get - list - retry and remove", "[pages][pages-domains]") {
  PagesWorld world(nlohmann::json{{"domain_active_ms", 1000}});
  world.api().create_project("docs");
  DomainsClient domains(world.client());
  CHECK(domains.list("docs").value().empty());

  auto added = domains.add("docs", "www.example.com");
  REQUIRE(added.ok());
  CHECK(added->name == "www.example.com");
  CHECK(added->status == "pending");
  CHECK_FALSE(added->id.empty());
  CHECK_FALSE(added->created_on.empty());

  world.clock().advance(std::chrono::milliseconds(1200));
  auto active = domains.get("docs", "www.example.com");
  REQUIRE(active.ok());
  CHECK(active->status == "active");
  auto retried = domains.retry_validation("docs", "www.example.com");
  REQUIRE(retried.ok());
  CHECK(retried->name == "www.example.com");
  CHECK(world.requests("PATCH", "/domains/www.example.com") == 1);

  REQUIRE(domains.add("docs", "api.example.com").ok());
  CHECK(domains.list("docs").value().size() == 2);
  REQUIRE(domains.remove("docs", "www.example.com").ok());
  auto left = domains.list("docs");
  REQUIRE(left.ok());
  REQUIRE(left->size() == 1);
  CHECK((*left)[0].name == "api.example.com");
}

TEST_CASE("pages domains client: refusals carry the service's code", "[pages][pages-domains]") {
  PagesWorld world;
  world.api().create_project("docs");
  DomainsClient domains(world.client());
  auto invalid = domains.add("docs", "not a domain");
  REQUIRE_FALSE(invalid.ok());
  CHECK(invalid.error().message.find("add not a domain to docs: HTTP 400 (code 8000015)") !=
        std::string::npos);
  auto unknown = domains.get("docs", "nowhere.example.com");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::not_found);
  CHECK(unknown.error().message.find("code 8000022") != std::string::npos);
  CHECK_FALSE(domains.remove("docs", "nowhere.example.com").ok());
  auto no_project = domains.list("nope");
  REQUIRE_FALSE(no_project.ok());
  CHECK(no_project.error().kind == ErrorKind::not_found);
}

TEST_CASE("pages domains client: the domain object's fields - errors preferred from validation",
          "[pages][pages-domains]") {
  auto domain = domain_from_json({{"id", "d1"},
                                  {"name", "www.example.com"},
                                  {"status", "error"},
                                  {"zone_tag", "z"},
                                  {"verification_data", {{"status", "error"}, {"error_message", "v"}}},
                                  {"validation_data",
                                   {{"status", "error"},
                                    {"method", "txt"},
                                    {"txt_name", "_cf.www"},
                                    {"txt_value", "123"},
                                    {"error_message", "from validation"}}}});
  CHECK(domain.error_message == "from validation");
  CHECK(domain.validation_method == "txt");
  CHECK(domain.txt_name == "_cf.www");
  CHECK(domain.verification_status == "error");
  auto verification_only = domain_from_json(
      {{"verification_data", {{"error_message", "from verification"}}}, {"validation_data", 5}});
  CHECK(verification_only.error_message == "from verification");
  CHECK(domain_from_json(nullptr).name.empty());
}
