// The shared JSON API transport, against a real loopback server (the sandbox's Fly emulator):
// credentials, accepted answers, the one error shape with the service's own message, the
// policy's notes and its verdict on 2xx answers, and transport failures named with the call.
#include "targets/kit/json_api.h"

#include <catch2/catch.hpp>

#include "support/sandbox_fixture.h"
#include "util/json_fields.h"

using namespace raxol;
using raxol::test::SandboxFixture;

namespace {

ErrorPolicy policy() {
  ErrorPolicy policy;
  policy.service = "Test API";
  policy.read_failure = [](const ApiAnswer& answer) {
    ApiFailure failure;
    failure.message = string_field(answer.body, "error");
    return failure;
  };
  policy.auth_hint = "check TEST_TOKEN";
  policy.request_id_header = "x-no-such-header";
  return policy;
}

}  // namespace

TEST_CASE("json api: an accepted answer, and final statuses are answers", "[kit][json-api]") {
  SandboxFixture box;
  auto http = make_curl_http_client({"raxol-test", false});
  JsonApi api(*http, policy(), {{"Authorization", "Bearer " + box.env().at("FLY_API_TOKEN")}});
  const std::string base = box.sandbox().base_url();
  auto listed = api.send(ApiCall("GET", base + "/v1/apps?org_slug=personal", "list apps"));
  REQUIRE(listed.ok());
  CHECK(listed->status == 200);
  CHECK(listed->body.is_object());

  ApiCall missing("GET", base + "/v1/apps/no-such-app", "get app no-such-app");
  missing.final_statuses = {404};
  auto answered = api.send(missing);
  REQUIRE(answered.ok());
  CHECK(answered->status == 404);
}

TEST_CASE("json api: errors name the service, the call, the status and the API's words",
          "[kit][json-api]") {
  SandboxFixture box;
  auto http = make_curl_http_client({"raxol-test", false});
  const std::string base = box.sandbox().base_url();
  JsonApi api(*http, policy(), {{"Authorization", "Bearer " + box.env().at("FLY_API_TOKEN")}});
  auto missing = api.send(ApiCall("GET", base + "/v1/apps/no-such-app", "get app no-such-app"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
  CHECK(missing.error().http_status == 404);
  CHECK(missing.error().message.rfind("Test API: get app no-such-app: HTTP 404: ", 0) == 0);
  CHECK(missing.error().message.size() > std::string("Test API: get app no-such-app: HTTP 404: ").size());

  JsonApi wrong(*http, policy(), {{"Authorization", "Bearer secret-wrong-token"}});
  auto denied = wrong.send(ApiCall("GET", base + "/v1/apps/x", "get app x"));
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == ErrorKind::auth);
  CHECK(denied.error().notes == std::vector<std::string>{"check TEST_TOKEN"});
  CHECK(denied.error().message.find("secret-wrong-token") == std::string::npos);
}

TEST_CASE("json api: a call's own Authorization replaces the default credentials",
          "[kit][json-api]") {
  SandboxFixture box;
  auto http = make_curl_http_client({"raxol-test", false});
  JsonApi api(*http, policy(), {{"Authorization", "Bearer default"}, {"X-Extra", "1"}},
              {{"X-Api-Version", "7"}});
  ApiCall call("GET", box.sandbox().base_url() + "/v1/apps/x", "get app x");
  call.headers.emplace_back("Authorization", "Bearer own");
  const HttpRequest request = api.request_for(call);
  CHECK(find_header(request.headers, "Authorization") == std::optional<std::string>("Bearer own"));
  CHECK_FALSE(find_header(request.headers, "X-Extra").has_value());
  CHECK(find_header(request.headers, "X-Api-Version") == std::optional<std::string>("7"));
  CHECK(find_header(request.headers, "Accept") == std::optional<std::string>("application/json"));
  ApiCall plain("POST", box.sandbox().base_url() + "/v1/apps", "create app");
  plain.body = "{}";
  const HttpRequest with_body = api.request_for(plain);
  CHECK(find_header(with_body.headers, "Authorization") ==
        std::optional<std::string>("Bearer default"));
  CHECK(find_header(with_body.headers, "Content-Type") ==
        std::optional<std::string>("application/json"));
}

TEST_CASE("json api: the policy may refuse a 2xx, and a transport failure names the call",
          "[kit][json-api]") {
  SandboxFixture box;
  auto http = make_curl_http_client({"raxol-test", false});
  ErrorPolicy strict = policy();
  strict.succeeded = [](const ApiAnswer&) { return false; };
  JsonApi api(*http, strict, {{"Authorization", "Bearer " + box.env().at("FLY_API_TOKEN")}});
  auto refused = api.send(ApiCall("GET", box.sandbox().base_url() + "/v1/apps?org_slug=personal",
                                  "list apps"));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::api);
  CHECK(refused.error().message.rfind("Test API: list apps: HTTP 200: ", 0) == 0);

  JsonApi closed(*http, policy(), {});
  auto unreachable = closed.send(ApiCall("GET", "http://127.0.0.1:9/v1/apps", "list apps"));
  REQUIRE_FALSE(unreachable.ok());
  CHECK(unreachable.error().kind == ErrorKind::network);
  CHECK(unreachable.error().message.rfind("Test API: list apps: ", 0) == 0);
  CHECK(kind_for_status(412) == ErrorKind::conflict);
  CHECK(kind_for_status(408) == ErrorKind::timeout);
  CHECK(kind_for_status(502) == ErrorKind::api);
}
