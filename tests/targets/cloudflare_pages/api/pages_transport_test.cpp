// The Cloudflare transport over real HTTP against the Pages emulator: the v4 envelope, the two
// kinds of credentials, errors that name the call, status and envelope code (the code decides
// first), retries of transient failures by the retry decorator, no retry of a 401, and no
// token or JWT in any message. Answers no emulator gives (an HTML gateway page, a WAF
// challenge) are judged from a response built here.
#include "targets/cloudflare_pages/api/pages_transport.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::cfp::PagesWorld;

TEST_CASE("pages transport: the envelope's result and errors naming call status and code",
          "[pages][transport]") {
  PagesWorld world;
  auto accounts = world.transport().send({"GET", "/accounts", "list accounts"});
  REQUIRE(accounts.ok());
  REQUIRE(accounts->is_array());
  CHECK((*accounts)[0]["id"] == world.endpoints().account_id);

  const std::string projects = "/accounts/" + world.endpoints().account_id + "/pages/projects";
  auto missing = world.transport().send({"GET", projects + "/nope", "get project nope"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::not_found);
  CHECK(missing.error().http_status == 404);
  CHECK(missing.error().message.rfind(
            "Cloudflare API: get project nope: HTTP 404 (code 8000007): ", 0) == 0);

  PagesCall bad{"POST", projects, "create project Bad_Name"};
  bad.body = R"({"name":"Bad_Name","production_branch":"main"})";
  auto refused = world.transport().exchange(bad);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::api);
  CHECK(refused.error().message.find("HTTP 400 (code 8000010)") != std::string::npos);
  CHECK(world.requests("POST", "/pages/projects") == 1);  // a POST is sent once
}

TEST_CASE("pages transport: a wrong token is refused once and never printed",
          "[pages][transport]") {
  PagesWorld world;
  PagesEndpoints wrong = world.endpoints();
  wrong.token = "secret-wrong-token-1234";
  PagesTransport transport(world.http(), wrong);
  auto denied = transport.send({"GET", "/accounts", "list accounts"});
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == ErrorKind::auth);
  CHECK(denied.error().message.find("secret-wrong-token-1234") == std::string::npos);
  REQUIRE_FALSE(denied.error().notes.empty());
  CHECK(denied.error().notes.back().find("CLOUDFLARE_API_TOKEN") != std::string::npos);
  CHECK(world.requests("GET", "/accounts") == 1);  // not retried
}

TEST_CASE("pages transport: the legacy key pair is sent as X-Auth-Email and X-Auth-Key",
          "[pages][transport]") {
  PagesWorld world;
  PagesEndpoints pair = world.endpoints();
  pair.api_key = pair.token;  // the emulator accepts its tokens as keys
  pair.email = "me@example.org";
  pair.token.clear();
  PagesTransport transport(world.http(), pair);
  const HttpRequest request = transport.request_for({"GET", "/accounts", "list accounts"});
  CHECK(find_header(request.headers, "X-Auth-Email") == std::optional<std::string>("me@example.org"));
  CHECK_FALSE(find_header(request.headers, "Authorization").has_value());
  CHECK(transport.send({"GET", "/accounts", "list accounts"}).ok());
}

TEST_CASE("pages transport: an upload JWT call is refused as such - without the token hint",
          "[pages][transport]") {
  PagesWorld world;
  PagesCall call{"POST", "/pages/assets/check-missing", "check which assets are missing"};
  call.jwt = "not.a-valid.jwt-secret";
  call.body = R"({"hashes":[]})";
  call.retry_safe = true;
  auto response = world.http().send(world.transport().request_for(call));
  auto answer = world.transport().judge(call, response);
  REQUIRE(answer.ok());
  CHECK_FALSE(answer->ok());
  CHECK(answer->code == kCodeBadUploadJwt);
  CHECK(answer->jwt_rejected());
  Error error = world.transport().error_for(call, *answer);
  CHECK(error.kind == ErrorKind::auth);
  CHECK(error.message.find("not.a-valid.jwt-secret") == std::string::npos);
  for (const auto& note : error.notes) CHECK(note.find("CLOUDFLARE_API_TOKEN") == std::string::npos);
}

TEST_CASE("pages transport: 429 and 500 are retried - a dropped connection is a network error",
          "[pages][transport]") {
  PagesWorld world;
  world.fault("GET", "/client/v4/accounts", {{"status", 429}, {"retry_after", "2"}, {"times", 1}});
  world.fault("GET", "/client/v4/accounts", {{"status", 500}, {"times", 1}});
  auto accounts = world.transport().send({"GET", "/accounts", "list accounts"});
  REQUIRE(accounts.ok());
  CHECK(world.requests("GET", "/accounts") == 3);
  REQUIRE_FALSE(world.clock().sleeps().empty());
  CHECK(world.clock().sleeps().front() == std::chrono::seconds(2));  // Retry-After honoured

  world.fault("GET", "/client/v4/user", {{"drop", true}});
  auto dropped = world.transport().send({"GET", "/user", "read the user"});
  REQUIRE_FALSE(dropped.ok());
  CHECK(dropped.error().kind == ErrorKind::network);
  CHECK(dropped.error().message.rfind("Cloudflare API: read the user: ", 0) == 0);
}

TEST_CASE("pages transport: gateway pages - challenges and expired-JWT text",
          "[pages][transport]") {
  PagesWorld world;
  const std::string projects = "/accounts/" + world.endpoints().account_id + "/pages/projects";
  world.fault("POST", "/client/v4" + projects,
              {{"status", 502}, {"body", "<!DOCTYPE html><html><body>Bad gateway</body></html>"}});
  PagesCall create{"POST", projects, "create project site"};
  create.body = R"({"name":"site","production_branch":"main"})";
  auto html = world.transport().exchange(create);
  REQUIRE_FALSE(html.ok());
  CHECK(html.error().message ==
        "Cloudflare API: create project site: HTTP 502: a non-JSON (HTML) answer, likely a "
        "gateway error page");

  // Answers the emulator does not give, judged from a response built here.
  PagesCall call{"GET", "/accounts", "list accounts"};
  auto challenge = world.transport().judge(
      call, HttpResponse{200, {{"cf-mitigated", "challenge"}}, "<html>checking</html>"});
  REQUIRE(challenge.ok());
  CHECK(challenge->challenge);
  CHECK_FALSE(challenge->ok());  // a 2xx that is no API answer
  CHECK(challenge->message.find("challenge") != std::string::npos);

  auto expired = world.transport().judge(call, HttpResponse{403, {}, "Expired JWT"});
  REQUIRE(expired.ok());
  CHECK(expired->jwt_rejected());
  CHECK(expired->message == "Expired JWT");

  auto unsuccessful = world.transport().judge(
      call, HttpResponse{200, {}, R"({"success":false,"errors":[{"code":1,"message":"m"}]})"});
  REQUIRE(unsuccessful.ok());
  CHECK_FALSE(unsuccessful->ok());
  CHECK(unsuccessful->code == 1);

  auto empty = world.transport().judge(call, HttpResponse{200, {}, ""});
  REQUIRE(empty.ok());
  CHECK(empty->ok());
  CHECK(empty->result() == nlohmann::json::object());  // as wrangler reads an empty body
}
