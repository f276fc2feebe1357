// The emulator's custom domains: Cloudflare's domain object, pending -> active after
// domain_active_ms on the emulator's clock, TXT validation data when asked for, zones, failing
// domains and PATCH (retry validation), duplicate and unknown domains with the service's envelope.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"
#include "support/fake_clock.h"

using namespace raxol::test;
using nlohmann::json;
using std::chrono::milliseconds;

TEST_CASE("pages emulator: a custom domain is pending, then active",
          "[pages][sandbox][pages-domains]") {
  FakeClock clock;
  SandboxFixture box(json{{"cloudflare-pages", {{"domain_active_ms", 400}}}}, &clock);
  PagesApi api(box);
  api.create_project("site");
  const std::string domains = api.projects() + "/site/domains";

  auto added = api.call("POST", domains, R"({"name":"WWW.Example.com"})");
  INFO(added.raw);
  REQUIRE(added.status == 200);
  auto domain = added.body["result"];
  CHECK(domain["name"] == "www.example.com");
  CHECK(domain["status"] == "pending");
  CHECK(domain["verification_data"]["status"] == "pending");
  CHECK(domain["validation_data"]["status"] == "pending");
  CHECK(domain["validation_data"]["method"] == "http");
  CHECK_FALSE(domain["validation_data"].contains("txt_name"));
  CHECK(domain["zone_tag"] == "");
  CHECK(domain["certificate_authority"] == "google");
  CHECK_FALSE(domain["id"].get<std::string>().empty());
  CHECK_FALSE(domain["created_on"].get<std::string>().empty());

  auto project = api.call("GET", api.projects() + "/site").body["result"];
  CHECK(project["domains"] == json::array({"site.pages.dev", "www.example.com"}));

  auto again = api.call("POST", domains, R"({"name":"www.example.com"})");
  CHECK(again.status == 400);
  CHECK(again.body["errors"][0]["code"] == 8000018);
  auto invalid = api.call("POST", domains, R"({"name":"not a domain"})");
  CHECK(invalid.status == 400);
  CHECK(invalid.body["errors"][0]["code"] == 8000015);
  auto unknown = api.call("GET", domains + "/nope.example.com");
  CHECK(unknown.status == 404);
  CHECK(unknown.body["success"] == false);
  CHECK(unknown.body["errors"][0]["code"] == 8000022);
  CHECK(api.call("GET", api.projects() + "/other/domains").body["errors"][0]["code"] == 8000007);

  clock.advance(milliseconds(399));
  CHECK(api.call("GET", domains + "/www.example.com").body["result"]["status"] == "pending");
  clock.advance(milliseconds(1));
  auto active = api.call("GET", domains + "/www.example.com").body["result"];
  CHECK(active["status"] == "active");
  CHECK(active["validation_data"]["status"] == "active");
  auto listed = api.call("GET", domains);
  REQUIRE(listed.body["result"].size() == 1);
  CHECK(listed.body["result"][0]["status"] == "active");

  // A project with domains cannot be deleted; without them it can.
  auto refused = api.call("DELETE", api.projects() + "/site");
  CHECK(refused.status == 400);
  CHECK(refused.body["errors"][0]["code"] == 8000028);
  auto removed = api.call("DELETE", domains + "/www.example.com");
  CHECK(removed.status == 200);
  CHECK(removed.body["result"].is_null());
  CHECK(api.call("GET", domains + "/www.example.com").status == 404);
  CHECK(api.call("DELETE", api.projects() + "/site").status == 200);
}

TEST_CASE("pages emulator: TXT validation, zones, and a failing domain retried by PATCH",
          "[pages][sandbox][pages-domains]") {
  FakeClock clock;
  SandboxFixture box(json{{"cloudflare-pages",
                           {{"domain_active_ms", 300},
                            {"domain_validation_method", "txt"},
                            {"zones", {"example.org"}},
                            {"failing_domains", {"broken.*"}}}}},
                     &clock);
  PagesApi api(box);
  api.create_project("site");
  const std::string domains = api.projects() + "/site/domains";

  auto txt = api.call("POST", domains, R"({"name":"docs.example.com"})").body["result"];
  CHECK(txt["validation_data"]["method"] == "txt");
  CHECK(txt["validation_data"]["txt_name"] == "_cf-custom-hostname.docs.example.com");
  CHECK_FALSE(txt["validation_data"]["txt_value"].get<std::string>().empty());

  auto zoned = api.call("POST", domains, R"({"name":"www.example.org"})").body["result"];
  CHECK_FALSE(zoned["zone_tag"].get<std::string>().empty());
  CHECK(zoned["validation_data"]["method"] == "http");

  REQUIRE(api.call("POST", domains, R"({"name":"broken.example.com"})").status == 200);
  clock.advance(milliseconds(300));
  auto failed = api.call("GET", domains + "/broken.example.com").body["result"];
  CHECK(failed["status"] == "error");
  CHECK(failed["validation_data"]["error_message"].get<std::string>().find("site.pages.dev") !=
        std::string::npos);

  // A retry that finds the same problem leaves the domain in error.
  auto still = api.call("PATCH", domains + "/broken.example.com");
  REQUIRE(still.status == 200);
  CHECK(still.body["result"]["status"] == "error");
  // Fix the cause, retry: validation starts over and succeeds.
  box.patch_settings({{"cloudflare-pages", {{"failing_domains", json::array()}}}});
  auto retried = api.call("PATCH", domains + "/broken.example.com");
  REQUIRE(retried.status == 200);
  CHECK(retried.body["result"]["status"] == "pending");
  clock.advance(milliseconds(300));
  CHECK(api.call("GET", domains + "/broken.example.com").body["result"]["status"] == "active");
  CHECK(api.call("PATCH", domains + "/nope.example.com").status == 404);
  // Bad bodies: not JSON, no name, a name that is not a string.
  for (const std::string body : {"{nope", "{}", R"({"name": 5})"})
    CHECK(envelope_error(api.call("POST", domains, body))["code"] == 8000010);
}
