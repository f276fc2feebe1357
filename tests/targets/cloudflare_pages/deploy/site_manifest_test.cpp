// The manifest sent with a deployment (wrangler's JSON: "/path" -> key, not URL-encoded) and the
// digest that tells whether a deployment already serves exactly these files and rules.
#include "targets/cloudflare_pages/deploy/site_manifest.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace raxol::cloudflare_pages;

namespace {
std::vector<Asset> assets() {
  return {{"index.html", 5, "0123456789abcdef0123456789abcdef", "text/html"},
          {"css/a b.css", 7, "fedcba9876543210fedcba9876543210", "text/css"},
          {"caf\xC3\xA9/\"q\".js", 1, "00000000000000000000000000000000", "application/javascript"}};
}
}  // namespace

TEST_CASE("pages manifest: slash-prefixed paths - JSON-escaped - not URL-encoded", "[pages]") {
  const std::string text = manifest_json(assets());
  CHECK(text.rfind("{\"/index.html\":\"0123456789abcdef0123456789abcdef\",", 0) == 0);
  auto parsed = nlohmann::json::parse(text);
  CHECK(parsed.size() == 3);
  CHECK(parsed["/css/a b.css"] == "fedcba9876543210fedcba9876543210");
  CHECK(parsed["/caf\xC3\xA9/\"q\".js"] == "00000000000000000000000000000000");
  CHECK(manifest_json({}) == "{}");
}

TEST_CASE("pages digest: changes with any path - key or rule file and only then", "[pages]") {
  const auto base = assets();
  const std::string digest = site_digest(base, std::nullopt, std::nullopt);
  CHECK(digest.size() == 32);
  CHECK(digest.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(site_digest(base, std::nullopt, std::nullopt) == digest);  // deterministic

  auto renamed = base;
  renamed[0].path = "home.html";
  CHECK(site_digest(renamed, std::nullopt, std::nullopt) != digest);
  auto changed = base;
  changed[1].hash = "fedcba9876543210fedcba9876543211";
  CHECK(site_digest(changed, std::nullopt, std::nullopt) != digest);
  auto resized = base;
  resized[0].size = 99;  // the key already covers the content
  CHECK(site_digest(resized, std::nullopt, std::nullopt) == digest);
  CHECK(site_digest({base[0], base[1]}, std::nullopt, std::nullopt) != digest);

  const std::string with_headers = site_digest(base, std::string("/*\n  X: 1\n"), std::nullopt);
  CHECK(with_headers != digest);
  CHECK(site_digest(base, std::string("/*\n  X: 2\n"), std::nullopt) != with_headers);
  // The same text as _headers or as _redirects is a different site.
  CHECK(site_digest(base, std::nullopt, std::string("/*\n  X: 1\n")) != with_headers);
  // An empty rule file is not the same as none.
  CHECK(site_digest(base, std::string(), std::nullopt) != digest);
}
