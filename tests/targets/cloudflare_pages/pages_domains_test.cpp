// How a Pages domain object becomes the certificates facet's answer: the CNAME only outside
// the account's zones, the TXT record only when validation asks for one, "issued" only when
// active, and the statuses the service gives up with reported as "failed". Then the facet
// itself against the Pages emulator: add, show, check, list, remove, with the emulator's
// validation moved along by the fake clock.
#include "targets/cloudflare_pages/pages_domains.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol::cloudflare_pages;
using raxol::ErrorKind;
using raxol::test::cfp::PagesWorld;
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

TEST_CASE("pages domains: inside a zone - active and failed states", "[pages][pages-domains]") {
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

TEST_CASE("pages certificates: a domain is pending with a CNAME - then issued",
          "[pages][pages-domains]") {
  PagesWorld world(nlohmann::json{{"domain_active_ms", 1000}});
  auto project = world.api().create_project("docs");
  const std::string subdomain = project["subdomain"];
  PagesCertificates certificates(world.client(), "docs");

  auto added = certificates.add_certificate("WWW.Example.com");
  REQUIRE(added.ok());
  CHECK(added->hostname == "www.example.com");  // host names are lower-cased
  CHECK_FALSE(added->issued);
  REQUIRE_FALSE(added->dns_records.empty());
  CHECK(added->dns_records[0].type == "CNAME");
  CHECK(added->dns_records[0].value == subdomain);

  world.clock().advance(std::chrono::milliseconds(1500));
  auto shown = certificates.show_certificate("www.example.com");
  REQUIRE(shown.ok());
  CHECK(shown->issued);
  CHECK(shown->status == "issued");

  auto listed = certificates.list_certificates();
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 1);
  CHECK((*listed)[0].hostname == "www.example.com");

  auto twice = certificates.add_certificate("www.example.com");
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.error().message.find("code 8000018") != std::string::npos);

  REQUIRE(certificates.remove_certificate("www.example.com").ok());
  CHECK(certificates.list_certificates().value().empty());
  auto unknown = certificates.show_certificate("www.example.com");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::not_found);
}

TEST_CASE("pages certificates: a failing domain is failed until a check after the fix",
          "[pages][pages-domains]") {
  PagesWorld world(nlohmann::json{{"domain_active_ms", 1000}, {"failing_domains", {"*.broken.example"}}});
  world.api().create_project("docs");
  PagesCertificates certificates(world.client(), "docs");
  REQUIRE(certificates.add_certificate("a.broken.example").ok());
  world.clock().advance(std::chrono::milliseconds(1500));
  auto failed = certificates.show_certificate("a.broken.example");
  REQUIRE(failed.ok());
  CHECK(failed->status == "failed");

  world.box().patch_settings({{"cloudflare-pages", {{"failing_domains", nlohmann::json::array()}}}});
  auto checked = certificates.check_certificate("a.broken.example");  // PATCH, then GET
  REQUIRE(checked.ok());
  CHECK_FALSE(checked->issued);  // validation starts over
  CHECK(world.requests("PATCH", "/domains/a.broken.example") == 1);
  world.clock().advance(std::chrono::milliseconds(1500));
  CHECK(certificates.show_certificate("a.broken.example").value().issued);
}

TEST_CASE("pages certificates: bad host names and a missing project fail before the domain call",
          "[pages][pages-domains]") {
  PagesWorld world;
  PagesCertificates missing(world.client(), "nope");
  auto no_project = missing.add_certificate("www.example.com");
  REQUIRE_FALSE(no_project.ok());
  CHECK(no_project.error().kind == ErrorKind::not_found);
  CHECK(no_project.error().message.find("nope") != std::string::npos);

  world.api().create_project("docs");
  PagesCertificates certificates(world.client(), "docs");
  for (const char* bad : {"*.example.com", "example", ".example.com", "a b.com", ""}) {
    INFO(bad);
    auto refused = certificates.add_certificate(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::usage);
  }
  CHECK(world.requests("", "/domains") == 0);
}
