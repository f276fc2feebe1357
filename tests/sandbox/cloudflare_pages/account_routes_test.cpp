// The account calls wrangler and doctor make: /accounts, /memberships, /user and
// /user/tokens/verify, with the envelope's result_info, and refused without a token.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: accounts, memberships, user and token verification",
          "[pages][sandbox]") {
  SandboxFixture box(json{{"cloudflare-pages", {{"account_name", "Team"}}}});
  PagesApi api(box);
  auto accounts = api.call("GET", "/client/v4/accounts");
  REQUIRE(accounts.status == 200);
  CHECK(accounts.body["success"] == true);
  CHECK(accounts.body["result"][0]["id"] == api.account());
  CHECK(accounts.body["result"][0]["name"] == "Team");
  CHECK(accounts.body["result_info"] ==
        json{{"page", 1}, {"per_page", 20}, {"count", 1}, {"total_count", 1}, {"total_pages", 1}});
  auto memberships = api.call("GET", "/client/v4/memberships").body["result"];
  REQUIRE(memberships.size() == 1);
  CHECK(memberships[0]["account"]["id"] == api.account());
  CHECK(memberships[0]["status"] == "accepted");
  CHECK(api.call("GET", "/client/v4/user").body["result"]["email"] == "you@sandbox.local");
  CHECK(api.call("GET", "/client/v4/user/tokens/verify").body["result"]["status"] == "active");
  for (const std::string path : {"/client/v4/accounts", "/client/v4/user/tokens/verify"}) {
    auto refused = api.call("GET", path, "", "not-a-token");
    CHECK(refused.status == 403);
    CHECK(envelope_error(refused)["code"] == 10000);
  }
}
