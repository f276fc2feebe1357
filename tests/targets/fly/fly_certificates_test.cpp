// Custom domains of a Fly app: the facet against the emulator (addresses allocated for an app
// without any, issued once active, removal) and the DNS records worked out from a
// CertificateDetail the way flyctl prints them.
#include "targets/fly/fly_certificates.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::CertificateInfo;
using raxol::ErrorKind;
using raxol::fly::certificate_from_detail;
using raxol::fly::FlyCertificates;
using raxol::fly::test::FlyTestContext;

namespace {

bool has_record(const CertificateInfo& info, const std::string& type, const std::string& name) {
  for (const auto& record : info.dns_records)
    if (record.type == type && record.name == name) return true;
  return false;
}

json detail(const std::string& host, const std::string& status) {
  return {{"hostname", host},
          {"status", "awaiting_configuration"},
          {"certificates", json::array({{{"status", status}, {"expires_at", "2027-03-01T00:00:00Z"}}})},
          {"dns_requirements",
           {{"a", json::array({"1.2.3.4"})},
            {"aaaa", json::array({"2a09::1"})},
            {"cname", "web.fly.dev"},
            {"acme_challenge", {{"name", "_acme-challenge." + host}, {"target", host + ".x.flydns.net"}}}}}};
}

}  // namespace

TEST_CASE("fly certificates: DNS records from a certificate detail", "[fly][certs]") {
  CertificateInfo sub = certificate_from_detail(detail("www.example.com", "pending_validation"));
  CHECK(sub.hostname == "www.example.com");
  CHECK_FALSE(sub.issued);
  CHECK(sub.status == "awaiting_configuration");
  CHECK(has_record(sub, "A", "www.example.com"));
  CHECK(has_record(sub, "AAAA", "www.example.com"));
  CHECK(has_record(sub, "CNAME", "www.example.com"));  // a subdomain may use a CNAME
  CHECK(has_record(sub, "CNAME", "_acme-challenge.www.example.com"));

  CertificateInfo apex = certificate_from_detail(detail("example.com", "active"));
  CHECK(apex.issued);
  CHECK(apex.status == "issued");
  CHECK(apex.expires_at == "2027-03-01T00:00:00Z");
  CHECK_FALSE(has_record(apex, "CNAME", "example.com"));  // no CNAME at an apex

  CertificateInfo wildcard = certificate_from_detail(detail("*.example.com", "pending"));
  CHECK_FALSE(has_record(wildcard, "CNAME", "*.example.com"));
  bool required = false;
  for (const auto& record : wildcard.dns_records)
    if (record.name == "_acme-challenge.*.example.com")
      required = record.purpose == "certificate validation (required)";
  CHECK(required);
  CHECK(certificate_from_detail(json::object()).dns_records.empty());
}

TEST_CASE("fly certificates: add / check / list and remove against the emulator", "[fly][certs]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  FlyCertificates certs(fly.context(), fly.machines(), fly.resources(), "web");
  auto added = certs.add_certificate("www.example.com");
  REQUIRE(added.ok());
  CHECK_FALSE(added->issued);
  // The app had no addresses: a v6 and a shared v4 were allocated, so A/AAAA can be set.
  CHECK(fly.machines().list_ips("web")->size() == 2);
  CHECK(has_record(*added, "A", "www.example.com"));
  CHECK(has_record(*added, "AAAA", "www.example.com"));
  CHECK(fly.err().find("allocated v6") != std::string::npos);

  fly.clock().advance(std::chrono::seconds(1));
  auto checked = certs.check_certificate("www.example.com");
  REQUIRE(checked.ok());
  CHECK(checked->issued);
  CHECK(checked->status == "issued");
  auto listed = certs.list_certificates();
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 1);
  CHECK(listed->at(0).hostname == "www.example.com");
  CHECK(listed->at(0).details["source"] == "fly");

  // A second certificate reuses the addresses.
  REQUIRE(certs.add_certificate("api.example.com").ok());
  CHECK(fly.machines().list_ips("web")->size() == 2);
  REQUIRE(certs.remove_certificate("www.example.com").ok());
  CHECK(certs.list_certificates()->size() == 1);
}

TEST_CASE("fly certificates: a hostname that is not a domain is a usage error", "[fly][certs]") {
  FlyTestContext fly;
  FlyCertificates certs(fly.context(), fly.machines(), fly.resources(), "web");
  for (const char* bad : {"", "localhost", ".example.com", "example.com.", "exa mple.com"}) {
    auto result = certs.add_certificate(bad);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::usage);
    CHECK(result.error().message == std::string("not a domain name: '") + bad + "'");
  }
  CHECK(fly.count_requests("", "/v1/") == 0);  // nothing was sent
}
