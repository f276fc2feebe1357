// What every Cloudflare route is entered with: an API token (Bearer, or X-Auth-Key with
// X-Auth-Email), an upload JWT (signed, unexpired; optionally refused in plain text as the
// service sometimes does), or nothing; and the account of the path.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: upload JWTs are signed, expire and are checked", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string jwt = api.jwt("site");
  CHECK(std::count(jwt.begin(), jwt.end(), '.') == 2);
  const std::string check = "/client/v4/pages/assets/check-missing";
  const std::string body = json{{"hashes", {kIndexKey}}}.dump();
  auto ok = api.call("POST", check, body, jwt);
  REQUIRE(ok.status == 200);
  CHECK(ok.body["result"] == json::array({kIndexKey}));

  // The API token is not an upload JWT; a tampered JWT is refused.
  CHECK(envelope_error(api.call("POST", check, body))["code"] == 8000013);
  std::string tampered = jwt;
  tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
  CHECK(api.call("POST", check, body, tampered).status == 401);

  box.patch_settings({{"cloudflare-pages", {{"jwt_ttl_seconds", -1}}}});
  const std::string expired = api.jwt("site");
  auto refused = api.call("POST", check, body, expired);
  CHECK(refused.status == 401);
  CHECK(envelope_error(refused)["message"] == "Expired JWT");
  box.patch_settings({{"cloudflare-pages", {{"expired_jwt_plain_text", true}}}});
  auto plain = api.call("POST", check, body, expired);
  CHECK(plain.status == 403);
  CHECK(plain.raw == "Expired JWT");
  CHECK(plain.body.is_null());
}

TEST_CASE("pages emulator: API tokens, X-Auth-Key and the account of the path",
          "[pages][sandbox]") {
  SandboxFixture box(json{{"cloudflare-pages", {{"tokens", {"t-one", "t-two"}}}}});
  PagesApi api(box);
  const std::string accounts = "/client/v4/accounts";
  CHECK(api.call("GET", accounts, "", "t-two").status == 200);
  CHECK(box.env().at("CLOUDFLARE_API_TOKEN") == "t-one");
  auto none = api.call_raw("GET", accounts, {});
  CHECK(none.status == 403);
  CHECK(envelope_error(none) == json{{"code", 10000}, {"message", "Authentication error"}});
  CHECK(
      api.call_raw("GET", accounts, {{"X-Auth-Key", "t-one"}, {"X-Auth-Email", "a@b.c"}}).status ==
      200);
  CHECK(api.call_raw("GET", accounts, {{"X-Auth-Key", "t-one"}}).status == 403);  // no email
  CHECK(api.call_raw("GET", accounts, {{"X-Auth-Key", "nope"}, {"X-Auth-Email", "a@b.c"}}).status ==
        403);
  // The account id of the path must be the sandbox's.
  auto wrong = api.call("GET", "/client/v4/accounts/not-mine/pages/projects", "", "t-one");
  CHECK(wrong.status == 403);
  CHECK(envelope_error(wrong)["code"] == 9109);
  // An asset call wants an upload JWT, not an API token, and says so in the envelope.
  auto token_for_asset =
      api.call("POST", "/client/v4/pages/assets/check-missing", R"({"hashes": []})", "t-one");
  CHECK(token_for_asset.status == 401);
  CHECK(envelope_error(token_for_asset) == json{{"code", 8000013}, {"message", "Invalid JWT"}});
}
