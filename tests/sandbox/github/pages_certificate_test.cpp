// A Pages custom domain's certificate in the GitHub emulator: new -> authorization_created ->
// approved after certificate_ms on the emulator's clock, and https_enforced refused (404, as
// GitHub) until then.
#include "sandbox/github/pages_certificate.h"

#include <catch2/catch.hpp>

#include "support/fake_clock.h"
#include "support/sandbox_fixture.h"

using namespace raxol;
using namespace raxol::test;
using nlohmann::json;

namespace {

struct CertificateBox {
  FakeClock clock;
  SandboxFixture box{{{"github", {{"build_ms", 50}, {"certificate_ms", 1000}}}}, &clock};
  std::unique_ptr<HttpClient> http = make_curl_http_client(CurlOptions{"raxol-test", false});

  HttpResponse call(const std::string& method, const std::string& path,
                    const json& body = nullptr) {
    HttpRequest request(method, box.env().at("GITHUB_API_URL") + path);
    request.headers.emplace_back("Authorization", "Bearer " + box.env().at("GITHUB_TOKEN"));
    if (!body.is_null()) request.body = body.dump();
    auto response = http->send(request);
    REQUIRE(response.ok());
    return *response;
  }
  json site() { return json::parse(call("GET", "/repos/o/r/pages").body); }
};

}  // namespace

TEST_CASE("github emulator: a custom domain's certificate walks to approved, then HTTPS",
          "[sandbox][github][domain]") {
  CertificateBox gh;
  REQUIRE(gh.call("POST", "/repos/o/r/pages", {{"source", {{"branch", "gh-pages"}}}}).status ==
          201);
  CHECK_FALSE(gh.site().contains("https_certificate"));
  // Without a custom domain the github.io certificate exists: enforcing is fine.
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"https_enforced", true}}).status == 204);
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"https_enforced", false}}).status == 204);

  REQUIRE(gh.call("PUT", "/repos/o/r/pages", {{"cname", "docs.example.org"}}).status == 204);
  json certificate = gh.site()["https_certificate"];
  CHECK(certificate["state"] == "new");
  CHECK(certificate["domains"] == json::array({"docs.example.org"}));
  CHECK_FALSE(certificate.contains("expires_at"));

  auto refused = gh.call("PUT", "/repos/o/r/pages", {{"https_enforced", true}});
  CHECK(refused.status == 404);
  CHECK(json::parse(refused.body)["message"] == "The certificate does not exist yet");
  CHECK(gh.site()["https_enforced"] == false);  // a refused PUT changes nothing

  gh.clock.advance(std::chrono::milliseconds(499));
  CHECK(gh.site()["https_certificate"]["state"] == "new");
  gh.clock.advance(std::chrono::milliseconds(1));  // half of certificate_ms
  CHECK(gh.site()["https_certificate"]["state"] == "authorization_created");
  // Setting the same domain again does not restart the certificate.
  REQUIRE(gh.call("PUT", "/repos/o/r/pages", {{"cname", "docs.example.org"}}).status == 204);
  gh.clock.advance(std::chrono::milliseconds(500));
  certificate = gh.site()["https_certificate"];
  CHECK(certificate["state"] == "approved");
  CHECK(certificate["expires_at"] == "2026-04-01");  // a date, 90 days after approval
  CHECK(gh.call("PUT", "/repos/o/r/pages", {{"https_enforced", true}}).status == 204);
  CHECK(gh.site()["https_enforced"] == true);

  // A new domain needs a new certificate; removing the domain drops it.
  REQUIRE(gh.call("PUT", "/repos/o/r/pages", {{"cname", "www.example.org"}}).status == 204);
  CHECK(gh.site()["https_certificate"]["state"] == "new");
  REQUIRE(gh.call("PUT", "/repos/o/r/pages", {{"cname", nullptr}}).status == 204);
  json site = gh.site();
  CHECK(site["cname"].is_null());
  CHECK_FALSE(site.contains("https_certificate"));
}

TEST_CASE("github pages certificate: states and the API's view from timestamps",
          "[sandbox][github][domain]") {
  using namespace raxol::sandbox::github;
  const json certificate = new_certificate("docs.example.org", 1000, 400);
  CHECK(certificate ==
        json{{"domain", "docs.example.org"}, {"created_ms", 1000}, {"approved_ms", 1400}});
  CHECK(certificate_state(certificate, 1000) == "new");
  CHECK(certificate_state(certificate, 1199) == "new");
  CHECK(certificate_state(certificate, 1200) == "authorization_created");
  CHECK(certificate_state(certificate, 1400) == "approved");
  CHECK(certificate_state(new_certificate("x.org", 0, -5), 0) == "approved");  // no delay
  auto pending = https_certificate_json(certificate, 1000);
  CHECK(pending["description"] == "Waiting for the DNS check of the domain");
  CHECK_FALSE(pending.contains("expires_at"));
  auto approved = https_certificate_json(certificate, 1400);
  CHECK(approved["domains"] == json::array({"docs.example.org"}));
  CHECK(approved["expires_at"] == "1970-04-01");
}
