// How a Pages domain object becomes the certificates facet's answer: the CNAME only outside
// the account's zones, the TXT record only when validation asks for one, "issued" only when
// active, and the statuses the service gives up with reported as "failed".
#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_domains.h"

using namespace raxol::cloudflare_pages;
using nlohmann::json;

namespace {

json domain(const std::string& status, const json& validation, const std::string& zone = "") {
  return {{"id", "d-1"},
          {"name", "www.example.com"},
          {"status", status},
          {"verification_data", {{"status", status}}},
          {"validation_data", validation},
          {"zone_tag", zone},
          {"certificate_authority", "google"},
          {"created_on", "2026-01-01T00:00:00Z"}};
}

}  // namespace

TEST_CASE("pages domains: pending outside a zone needs a CNAME (and TXT when asked)",
          "[pages][pages-domains]") {
  auto http = certificate_from_domain(
      domain_from_json(domain("pending", {{"status", "pending"}, {"method", "http"}})),
      "site-x1.pages.dev");
  CHECK(http.hostname == "www.example.com");
  CHECK(http.status == "pending");
  CHECK_FALSE(http.issued);
  REQUIRE(http.dns_records.size() == 1);
  CHECK(http.dns_records[0].type == "CNAME");
  CHECK(http.dns_records[0].name == "www.example.com");
  CHECK(http.dns_records[0].value == "site-x1.pages.dev");  // the project's subdomain

  auto txt = certificate_from_domain(
      domain_from_json(domain("pending", {{"status", "pending"},
                                          {"method", "txt"},
                                          {"txt_name", "_cf-custom-hostname.www.example.com"},
                                          {"txt_value", "abc-123"}})),
      "site.pages.dev");
  REQUIRE(txt.dns_records.size() == 2);
  CHECK(txt.dns_records[1].type == "TXT");
  CHECK(txt.dns_records[1].name == "_cf-custom-hostname.www.example.com");
  CHECK(txt.dns_records[1].value == "abc-123");
  CHECK(txt.details["validation_method"] == "txt");
}

TEST_CASE("pages domains: inside a zone, active, and failed states", "[pages][pages-domains]") {
  auto zoned = certificate_from_domain(
      domain_from_json(domain("active", {{"status", "active"}, {"method", "http"}}, "zone-1")),
      "site.pages.dev");
  CHECK(zoned.dns_records.empty());  // Pages creates the record in the account's zone
  CHECK(zoned.issued);
  CHECK(zoned.status == "issued");

  for (std::string status : {"error", "blocked", "deactivated"}) {
    json object = domain(status, {{"status", status}, {"error_message", "CNAME not found"}});
    auto info = certificate_from_domain(domain_from_json(object), "site.pages.dev");
    CHECK(info.status == "failed");
    CHECK_FALSE(info.issued);
    CHECK(info.details["domain_status"] == status);
    CHECK(info.details["error"] == "CNAME not found");
  }
  auto initializing = certificate_from_domain(
      domain_from_json(domain("initializing", json::object())), "site.pages.dev");
  CHECK(initializing.status == "initializing");
  // Missing or odd fields do not throw.
  auto empty = domain_from_json(json::array());
  CHECK(empty.name.empty());
}
