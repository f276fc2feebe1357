// The Fly transport over real HTTP against the emulator: answers and final statuses, errors
// with the call and the API's own words, and — through the retry decorator on the fake clock —
// 429/5xx and dropped connections retried, POSTs that are not safe sent once, and 401 never
// retried nor quoting the token.
#include "targets/fly/api/fly_transport.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::fly::FlyCall;
using raxol::fly::test::FlyTestContext;
using namespace raxol;

namespace {

FlyCall get_app(FlyTestContext& fly, const std::string& app) {
  FlyCall call;
  call.base = fly.transport().machines_base();
  call.path = "/apps/" + app;
  call.what = "get app " + app;
  return call;
}

}  // namespace

TEST_CASE("fly transport: answers / final statuses and the API's words in errors", "[fly][api]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  auto found = fly.transport().send(get_app(fly, "web"));
  REQUIRE(found.ok());
  CHECK(found->status == 200);
  CHECK(found->body["name"] == "web");

  FlyCall missing = get_app(fly, "nope");
  auto error = fly.transport().send(missing);
  REQUIRE_FALSE(error.ok());
  CHECK(error.error().kind == ErrorKind::not_found);
  CHECK(error.error().http_status == 404);
  CHECK(error.error().message == "Fly API: get app nope: HTTP 404: app not found");

  missing.final_statuses = {404};
  auto answered = fly.transport().send(missing);
  REQUIRE(answered.ok());
  CHECK(answered->status == 404);
  CHECK(answered->body["error"] == "app not found");
}

TEST_CASE("fly transport: 429 and 503 are retried on the clock and then succeed",
          "[fly][api][retry]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  fly.box().sandbox().requests().clear();
  fly.box().add_fault({{"service", "fly"}, {"method", "GET"}, {"path", "/v1/apps/web"},
                       {"status", 429}, {"retry_after", "2"}, {"times", 1}});
  fly.box().add_fault({{"service", "fly"}, {"method", "GET"}, {"path", "/v1/apps/web"},
                       {"status", 503}, {"times", 1}});
  auto answer = fly.transport().send(get_app(fly, "web"));
  REQUIRE(answer.ok());
  CHECK(answer->status == 200);
  CHECK(fly.count_requests("GET", "/v1/apps/web") == 3);
  auto sleeps = fly.clock().sleeps();
  REQUIRE(sleeps.size() == 2);
  CHECK(sleeps[0] == std::chrono::seconds(2));  // Retry-After honoured
}

TEST_CASE("fly transport: a dropped connection is retried for a GET", "[fly][api][retry]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  fly.box().add_fault(
      {{"service", "fly"}, {"method", "GET"}, {"path", "/v1/apps/web"}, {"drop", true}, {"times", 1}});
  auto answer = fly.transport().send(get_app(fly, "web"));
  REQUIRE(answer.ok());
  CHECK(answer->body["name"] == "web");
  CHECK(fly.clock().sleeps().size() == 1);
}

TEST_CASE("fly transport: a POST that is not retry-safe is sent once", "[fly][api][retry]") {
  FlyTestContext fly;
  fly.box().add_fault(
      {{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps"}, {"status", 503}, {"times", 1}});
  fly.box().sandbox().requests().clear();
  auto created = fly.machines().create_app("web", "personal");
  REQUIRE_FALSE(created.ok());
  CHECK(created.error().kind == ErrorKind::api);
  CHECK(created.error().http_status == 503);
  CHECK(created.error().message.rfind("Fly API: create app web: HTTP 503", 0) == 0);
  CHECK(fly.count_requests("POST", "/v1/apps") == 1);
  CHECK(fly.clock().sleeps().empty());
  CHECK(fly.machines().create_app("web", "personal").ok());  // the fault is spent
}

TEST_CASE("fly transport: persistent 500s give up after the retry budget", "[fly][api][retry]") {
  FlyTestContext fly;
  fly.box().add_fault({{"service", "fly"}, {"method", "GET"}, {"path", "/v1/apps/*"},
                       {"status", 500}, {"times", -1}});
  fly.box().sandbox().requests().clear();
  auto answer = fly.transport().send(get_app(fly, "web"));
  REQUIRE_FALSE(answer.ok());
  CHECK(answer.error().kind == ErrorKind::api);
  CHECK(answer.error().http_status == 500);
  CHECK(fly.count_requests("GET", "/v1/apps/web") == 4);  // the test context's max_attempts
}

TEST_CASE("fly transport: 401 is not retried and its message holds no token",
          "[fly][api][retry]") {
  FlyTestContext fly;
  const std::string token = "secret-wrong-fly-token";
  raxol::fly::FlyEndpoints endpoints = fly.transport().endpoints();
  endpoints.token = token;
  raxol::fly::FlyTransport wrong(fly.context().http, endpoints);
  fly.box().sandbox().requests().clear();
  FlyCall call = get_app(fly, "web");
  auto denied = wrong.send(call);
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == ErrorKind::auth);
  CHECK(denied.error().http_status == 401);
  CHECK(denied.error().message.rfind("Fly API: get app web: HTTP 401", 0) == 0);
  CHECK(denied.error().message.find(token) == std::string::npos);
  for (const auto& note : denied.error().notes) CHECK(note.find(token) == std::string::npos);
  CHECK(std::find(denied.error().notes.begin(), denied.error().notes.end(),
                  "check FLY_API_TOKEN (or FLY_ACCESS_TOKEN) for this organization") !=
        denied.error().notes.end());
  CHECK(fly.count_requests("GET", "/v1/apps/web") == 1);
  CHECK(fly.clock().sleeps().empty());
}
