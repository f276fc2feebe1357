// The Cloudflare Pages emulator as a whole: the variables that point wrangler and raxol-deploy
// at it, unknown paths answered in its envelope (7003), and injected faults in its envelope
// with the codes clients expect per status.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: exports the variables wrangler reads", "[pages][sandbox]") {
  SandboxFixture box(json{{"cloudflare-pages", {{"account_id", "acc-1"}, {"tokens", {"tok-1"}}}}});
  auto env = box.sandbox().environment();
  CHECK(env.at("CLOUDFLARE_API_BASE_URL") == box.sandbox().base_url() + "/client/v4");
  CHECK(env.at("CLOUDFLARE_API_TOKEN") == "tok-1");
  CHECK(env.at("CLOUDFLARE_ACCOUNT_ID") == "acc-1");
}

TEST_CASE("pages emulator: unknown API paths answer 7003 for every method", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  for (const std::string method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
    INFO(method);
    auto missing = api.call_raw(method, "/client/v4/nothing/here", {});  // no token needed
    CHECK(missing.status == 404);
    CHECK(envelope_error(missing) == json{{"code", 7003}, {"message", "No route for that URI"}});
  }
}

TEST_CASE("pages emulator: injected faults answer in the envelope with the status's code",
          "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  box.add_fault({{"service", "cloudflare-pages"},
                 {"path", "/client/v4/accounts"},
                 {"status", 429},
                 {"retry_after", "7"},
                 {"times", 1}});
  box.add_fault({{"service", "cloudflare-pages"},
                 {"path", "/client/v4/user"},
                 {"status", 502},
                 {"times", 1}});
  auto limited = api.call("GET", "/client/v4/accounts");
  CHECK(limited.status == 429);
  CHECK(envelope_error(limited)["code"] == 971);
  CHECK(raxol::find_header(limited.headers, "Retry-After") == "7");
  CHECK(envelope_error(api.call("GET", "/client/v4/user"))["code"] == 8000000);
  CHECK(api.call("GET", "/client/v4/accounts").status == 200);
  CHECK(api.call("GET", "/client/v4/user").status == 200);
}
