// Upload JWTs as the emulator issues and checks them: three base64url parts, the claims
// wrangler reads, the HMAC signature under the sandbox's secret, and expiry.
#include "sandbox/cloudflare_pages/upload_jwt.h"

#include <catch2/catch.hpp>

#include "util/base64.h"
#include "util/strings.h"

using namespace raxol::sandbox::cloudflare_pages;
using nlohmann::json;

TEST_CASE("pages upload JWT: claims, signature and expiry", "[pages][sandbox]") {
  PagesEmulatorSettings settings;
  settings.jwt_ttl_seconds = 600;
  const std::string token = issue_upload_jwt(settings, "site", 1'000);
  auto parts = raxol::split(token, '.');
  REQUIRE(parts.size() == 3);
  auto header = raxol::base64_decode(parts[0], raxol::Base64Alphabet::url);
  REQUIRE(header);
  CHECK(json::parse(*header) == json{{"alg", "HS256"}, {"typ", "JWT"}});
  auto claims = json::parse(*raxol::base64_decode(parts[1], raxol::Base64Alphabet::url));
  CHECK(claims["exp"] == 1'600);
  CHECK(claims["iat"] == 1'000);
  CHECK(claims["project_name"] == "site");
  CHECK(claims["account_id"] == settings.account_id);
  CHECK(claims["max_file_count_allowed"] == 20'000);
  CHECK(token.find('=') == std::string::npos);  // base64url without padding

  auto valid = check_upload_jwt(token, settings.jwt_secret, 1'599);
  CHECK(valid.verdict == JwtVerdict::valid);
  CHECK(valid.project == "site");
  CHECK(check_upload_jwt(token, settings.jwt_secret, 1'600).verdict == JwtVerdict::expired);
  CHECK(check_upload_jwt(token, "another secret", 1'000).verdict == JwtVerdict::invalid);
  std::string tampered = token;
  tampered[parts[0].size() + 3] = tampered[parts[0].size() + 3] == 'A' ? 'B' : 'A';
  CHECK(check_upload_jwt(tampered, settings.jwt_secret, 1'000).verdict == JwtVerdict::invalid);
  for (const std::string bad : {"", "a.b", "a.b.c", "sandbox-cloudflare-token"})
    CHECK(check_upload_jwt(bad, settings.jwt_secret, 1'000).verdict == JwtVerdict::invalid);
}
