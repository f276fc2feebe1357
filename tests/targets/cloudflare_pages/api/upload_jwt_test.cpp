// The upload JWT's claims, read from its base64url payload without checking the signature.
#include "targets/cloudflare_pages/api/upload_jwt.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"
#include "util/base64.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;

namespace {

std::string base64url(const std::string& text) { return base64_encode(text, Base64Alphabet::url); }

std::string make_jwt(std::int64_t iat, std::int64_t exp, int serial) {
  nlohmann::json payload = {
      {"iat", iat}, {"exp", exp}, {"max_file_count_allowed", 50000}, {"serial", serial}};
  return base64url("{\"alg\":\"HS256\"}") + "." + base64url(payload.dump()) + ".sig";
}

}  // namespace

TEST_CASE("pages JWT claims are read from the payload", "[pages]") {
  auto jwt = decode_upload_jwt(make_jwt(100, 700, 1));
  CHECK(jwt.exp == 700);
  CHECK(jwt.iat == 100);
  CHECK(jwt.max_file_count == 50000);
  auto opaque = decode_upload_jwt("not-a-jwt");
  CHECK_FALSE(opaque.exp.has_value());
  CHECK(opaque.max_file_count == 20000);
}

TEST_CASE("pages JWT claims: wrong types and bad payloads keep the defaults", "[pages]") {
  const std::string header = base64url("{}");
  auto with = [&](const nlohmann::json& payload) {
    return decode_upload_jwt(header + "." + base64url(payload.dump()) + ".sig");
  };
  auto strings = with({{"exp", "700"}, {"iat", nullptr}, {"max_file_count_allowed", "9"}});
  CHECK_FALSE(strings.exp.has_value());
  CHECK_FALSE(strings.iat.has_value());
  CHECK(strings.max_file_count == 20000);
  CHECK(with({{"max_file_count_allowed", 0}}).max_file_count == 20000);
  CHECK(with({{"max_file_count_allowed", 7}}).max_file_count == 7);
  CHECK(with(nlohmann::json::array({1, 2})).max_file_count == 20000);
  CHECK_FALSE(decode_upload_jwt(header + ".!!!.sig").exp.has_value());
  CHECK_FALSE(decode_upload_jwt(header + "." + base64url("not json") + ".sig").exp.has_value());
  CHECK_FALSE(decode_upload_jwt("only.one").exp.has_value());  // no second dot
  // The token is kept whole whatever its claims.
  CHECK(decode_upload_jwt("only.one").token == "only.one");
}

TEST_CASE("pages JWT claims: a token from the emulator carries its lifetime and limit",
          "[pages]") {
  test::cfp::PagesWorld world(nlohmann::json{{"jwt_ttl_seconds", 90}, {"max_file_count_allowed", 1234}});
  world.api().create_project("claims");
  auto jwt = world.client().upload_token("claims");
  REQUIRE(jwt.ok());
  REQUIRE(jwt->exp.has_value());
  REQUIRE(jwt->iat.has_value());
  CHECK(*jwt->exp - *jwt->iat == 90);
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       world.clock().now().time_since_epoch())
                       .count();
  CHECK(*jwt->iat == now);  // the emulator's time is the fake clock's
  CHECK(jwt->max_file_count == 1234);
}
