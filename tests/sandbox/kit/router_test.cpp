// The kit's router over real loopback HTTP: registration by method and pattern, path
// parameters, catch-alls after specific routes, handler exceptions answered in the service's
// envelope, and a service router's authentication step in front of its handlers.
#include "sandbox/kit/router.h"

#include <atomic>
#include <catch2/catch.hpp>

#include "sandbox/kit/local_server.h"
#include "support/fake_clock.h"
#include "util/time_format.h"

using namespace raxol;
using namespace raxol::sandbox;
using nlohmann::json;

namespace {

json body_of(const HttpResponse& response) { return json::parse(response.body, nullptr, false); }

// A service's own call: the kit's plus who is calling.
struct UserCall : kit::Call {
  UserCall(const kit::Call& base, std::string who) : kit::Call(base), user(std::move(who)) {}
  std::string user;
};

}  // namespace

TEST_CASE("kit router: methods, patterns, path parameters and the catch-all", "[sandbox][kit]") {
  test::LocalServer local;
  test::FakeClock clock;
  kit::FlyEnvelope envelope;
  kit::Router router(local.server, envelope, clock);
  router.get("/apps/([^/]+)/items/([^/]+)", [](kit::Call& call) {
    call.reply(200, {{"app", call.path_param(1)},
                     {"item", call.path_param(2)},
                     {"missing", call.path_param(3)},
                     {"now", call.now}});
  });
  router.post("/apps/([^/]+)/items/([^/]+)", [](kit::Call& call) { call.no_content(201); });
  router.del("/apps/([^/]+)", [](kit::Call& call) { call.no_content(); });
  router.any("/.*", [](kit::Call& call) { call.error(404, "not found"); });
  local.start();

  auto got = local.send("GET", "/apps/web/items/42");
  REQUIRE(got.status == 200);
  CHECK(body_of(got) ==
        json{{"app", "web"}, {"item", "42"}, {"missing", ""}, {"now", epoch_ms(clock.now())}});
  CHECK(local.send("POST", "/apps/web/items/42").status == 201);
  CHECK(local.send("DELETE", "/apps/web").status == 204);
  // Patterns match whole paths; what no route takes falls to the catch-all, for every method.
  for (const std::string method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
    auto missed = local.send(method, "/apps/web/items/42/extra");
    CHECK(missed.status == 404);
    CHECK(body_of(missed) == json{{"error", "not found"}});
  }
}

TEST_CASE("kit router: what a handler throws is answered in the service's envelope",
          "[sandbox][kit]") {
  test::LocalServer local;
  test::FakeClock clock;
  kit::CloudflareEnvelope envelope;
  kit::Router router(local.server, envelope, clock);
  router.post("/typed", [](kit::Call& call) {
    auto body = call.json_body();
    if (!body) return;
    call.ok({{"n", body->at("n").get<int>()}});  // throws for a string `n`
  });
  router.get("/broken", [](kit::Call&) -> void { throw std::runtime_error("disk on fire"); });
  local.start();

  auto fine = local.send("POST", "/typed", R"({"n": 3})");
  REQUIRE(fine.status == 200);
  CHECK(body_of(fine)["result"]["n"] == 3);
  auto typed = local.send("POST", "/typed", R"({"n": "three"})");
  CHECK(typed.status == 400);
  CHECK(body_of(typed)["success"] == false);
  CHECK(body_of(typed)["errors"][0]["code"] == 8000010);
  CHECK(body_of(typed)["errors"][0]["message"].get<std::string>().rfind("invalid request: ", 0) ==
        0);
  auto missing = local.send("POST", "/typed", "{}");  // at() of an absent key
  CHECK(missing.status == 400);
  auto broken = local.send("GET", "/broken");
  CHECK(broken.status == 500);
  CHECK(body_of(broken)["errors"][0]["code"] == 8000000);
  CHECK(body_of(broken)["errors"][0]["message"] == "internal sandbox error: disk on fire");
}

TEST_CASE("kit router: a service router authenticates before its handlers run", "[sandbox][kit]") {
  test::LocalServer local;
  test::FakeClock clock;
  kit::GitHubEnvelope envelope;
  std::atomic<int> ran{0};
  kit::ServiceRouter<UserCall> router(kit::Router(local.server, envelope, clock),
                                      [](kit::Call& base) -> std::optional<UserCall> {
                                        if (base.bearer_token() != "good") {
                                          base.error(401, "Bad credentials");
                                          return std::nullopt;
                                        }
                                        return UserCall(base, "octocat");
                                      });
  router.get("/whoami", [&ran](UserCall& call) {
    ++ran;
    call.reply(200, {{"login", call.user}});
  });
  router.any("/api/.*", [](UserCall& call) { call.error(404, "Not Found"); });
  local.start();

  auto refused = local.send("GET", "/whoami", "", {{"Authorization", "Bearer bad"}});
  CHECK(refused.status == 401);
  CHECK(body_of(refused) == json{{"message", "Bad credentials"},
                                 {"documentation_url", "https://docs.github.com/rest"}});
  CHECK(local.send("GET", "/whoami").status == 401);
  CHECK(ran == 0);
  auto accepted = local.send("GET", "/whoami", "", {{"Authorization", "token good"}});
  CHECK(accepted.status == 200);
  CHECK(body_of(accepted)["login"] == "octocat");
  CHECK(ran == 1);
  // The catch-all sits behind the same step.
  CHECK(local.send("PUT", "/api/x").status == 401);
  CHECK(local.send("PUT", "/api/x", "", {{"Authorization", "Bearer good"}}).status == 404);
}

TEST_CASE("kit router: an unknown method is a programming error", "[sandbox][kit]") {
  httplib::Server server;
  test::FakeClock clock;
  kit::FlyEnvelope envelope;
  kit::Router router(server, envelope, clock);
  CHECK_THROWS_AS(router.add("BREW", "/coffee", [](kit::Call&) {}), std::invalid_argument);
  CHECK_NOTHROW(router.add("PATCH", "/coffee", [](kit::Call&) {}));
}
