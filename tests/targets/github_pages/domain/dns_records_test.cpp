// Custom domains of the github-pages target: what is accepted, apex or subdomain, and the DNS
// records GitHub's docs ask for.
#include "targets/github_pages/domain/dns_records.h"

#include <catch2/catch.hpp>

using namespace raxol;
using namespace raxol::github_pages;

TEST_CASE("gh-pages domain: host names are normalised - URLs and github.io refused",
          "[gh-pages][domain]") {
  CHECK(*parse_custom_domain("Docs.Example.COM.") == "docs.example.com");
  for (const std::string bad :
       {"https://docs.example.com", "docs.example.com/x", "example", "docs.example.com:8080",
        "-x.example.com", "a..b.com", "octo.github.io", "a_b.example.com", ""}) {
    auto parsed = parse_custom_domain(bad);
    INFO(bad);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::usage);
  }
}

TEST_CASE("gh-pages domain: apex gets A and AAAA - a subdomain a CNAME to owner.github.io",
          "[gh-pages][domain]") {
  CHECK(is_apex_domain("example.com"));
  CHECK(is_apex_domain("example.co.uk"));
  CHECK_FALSE(is_apex_domain("docs.example.com"));
  CHECK_FALSE(is_apex_domain("www.example.co.uk"));

  auto apex = pages_dns_records("example.com", "Octo");
  REQUIRE(apex.size() == 8);
  std::vector<std::string> a, aaaa;
  for (const auto& record : apex) {
    CHECK(record.name == "example.com");
    (record.type == "A" ? a : aaaa).push_back(record.value);
  }
  CHECK(a == std::vector<std::string>{"185.199.108.153", "185.199.109.153", "185.199.110.153",
                                      "185.199.111.153"});
  CHECK(aaaa == std::vector<std::string>{"2606:50c0:8000::153", "2606:50c0:8001::153",
                                         "2606:50c0:8002::153", "2606:50c0:8003::153"});

  auto sub = pages_dns_records("docs.example.com", "Octo");
  REQUIRE(sub.size() == 1);
  CHECK(sub[0].type == "CNAME");
  CHECK(sub[0].name == "docs.example.com");
  CHECK(sub[0].value == "octo.github.io");
}
