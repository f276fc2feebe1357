// The kit's Call on requests built in the test: path parameters, the query helpers, the
// credential, JSON bodies (and the 400 each service answers for a bad one), and answers in the
// service's envelope, with the time taken from the clock.
#include "sandbox/kit/call.h"

#include <catch2/catch.hpp>
#include <regex>

#include "support/fake_clock.h"
#include "util/time_format.h"

using namespace raxol;
using namespace raxol::sandbox;
using nlohmann::json;

namespace {

struct Exchange {
  httplib::Request request;
  httplib::Response response;
  test::FakeClock clock;

  Exchange(const std::string& path, const std::string& pattern) {
    request.path = path;
    std::regex_match(request.path, request.matches, std::regex(pattern));
  }
  json answer() const { return json::parse(response.body, nullptr, false); }
};

}  // namespace

TEST_CASE("kit call: path parameters, query helpers and the credential", "[sandbox][kit]") {
  Exchange exchange("/apps/web/machines/m1", "/apps/([^/]+)/machines/([^/]+)");
  auto& request = exchange.request;
  request.params = {
      {"state", "started"}, {"state", "stopped,failed"}, {"force", ""},  {"kill", "0"},
      {"odd", "maybe"},     {"limit", "12abc"},          {"page", "two"}};
  request.headers = {{"Authorization", "FlyV1 fm2_abc"}};
  kit::FlyEnvelope envelope;
  kit::Call call(request, exchange.response, envelope, exchange.clock);

  CHECK(call.path_param(0) == "");  // the whole match is not a parameter
  CHECK(call.path_param(1) == "web");
  CHECK(call.path_param(2) == "m1");
  CHECK(call.path_param(3) == "");
  CHECK(call.query("odd") == "maybe");
  CHECK(call.query("absent", "fallback") == "fallback");
  CHECK(call.query_values("state") == std::vector<std::string>{"started", "stopped,failed"});
  CHECK(call.query_values("absent").empty());
  CHECK(call.query_bool("force"));  // present without a value
  CHECK_FALSE(call.query_bool("kill", true));
  CHECK(call.query_bool("odd", true));  // neither: the fallback
  CHECK_FALSE(call.query_bool("absent"));
  CHECK(call.query_int("limit", 5) == 12);  // leading digits, as std::stoll reads them
  CHECK(call.query_int("absent", 5) == 5);
  CHECK_FALSE(call.query_int("page", 1).has_value());
  CHECK(call.bearer_token() == "fm2_abc");
  for (const std::string scheme : {"Bearer ", "bearer ", "token "}) {
    request.headers = {{"Authorization", scheme + "t1"}};
    CHECK(call.bearer_token() == "t1");
  }
  request.headers = {{"Authorization", "Basic dXNlcjpwYXNz"}};
  CHECK(call.bearer_token() == "");
  CHECK(call.now == epoch_ms(exchange.clock.now()));
  exchange.clock.advance(std::chrono::milliseconds(1500));
  CHECK(call.now == epoch_ms(exchange.clock.now()) - 1500);  // the time the call began...
  call.refresh_now();
  CHECK(call.now == epoch_ms(exchange.clock.now()));  // ...until refreshed
}

TEST_CASE("kit call: JSON bodies, and the 400 of each service for a bad one", "[sandbox][kit]") {
  kit::FlyEnvelope fly;
  kit::CloudflareEnvelope cloudflare;
  kit::GitHubEnvelope github;
  auto body_of = [](const kit::Envelope& envelope, const std::string& body,
                    const std::optional<std::string>& message = std::nullopt) {
    Exchange exchange("/", "/");
    exchange.request.body = body;
    kit::Call call(exchange.request, exchange.response, envelope, exchange.clock);
    auto parsed = message ? call.json_body(*message) : call.json_body();
    return std::make_pair(parsed, exchange.response.status == -1 ? json() : exchange.answer());
  };

  CHECK(body_of(fly, "").first == json::object());
  CHECK(body_of(github, " \r\n\t").first == json::object());
  CHECK(body_of(cloudflare, R"({"a": [1]})").first == json{{"a", {1}}});
  // fly-go sends `null` for a nil body; Cloudflare reads it as what it is, not an object.
  CHECK(body_of(fly, "null").first == json::object());
  auto [none, refused] = body_of(cloudflare, "null");
  CHECK_FALSE(none);
  CHECK(refused["errors"][0] ==
        json{{"code", 8000010}, {"message", "Request body is not a JSON object"}});

  auto [fly_body, fly_answer] = body_of(fly, "{not json");
  CHECK_FALSE(fly_body);
  CHECK(fly_answer == json{{"error", "invalid request body: expected a JSON object"}});
  auto [gh_body, gh_answer] = body_of(github, "[1, 2]");
  CHECK_FALSE(gh_body);
  CHECK(gh_answer["message"] == "Problems parsing JSON");
  auto [own_body, own_answer] = body_of(cloudflare, "7", std::string("Send {\"name\": ...}"));
  CHECK_FALSE(own_body);
  CHECK(own_answer["errors"][0]["message"] == "Send {\"name\": ...}");
}

TEST_CASE("kit call: answers go through the service's envelope", "[sandbox][kit]") {
  kit::CloudflareEnvelope cloudflare;
  kit::FlyEnvelope fly;
  Exchange exchange("/", "/");
  kit::Call pages(exchange.request, exchange.response, cloudflare, exchange.clock);

  pages.ok({{"id", "p1"}}, 200, {{"page", 1}});
  CHECK(exchange.response.status == 200);
  CHECK(exchange.response.get_header_value("Content-Type") == "application/json");
  CHECK(exchange.answer() == json{{"success", true},
                                  {"errors", json::array()},
                                  {"messages", json::array()},
                                  {"result", {{"id", "p1"}}},
                                  {"result_info", {{"page", 1}}}});
  pages.error(409, 8000002, "exists");
  CHECK(exchange.response.status == 409);
  CHECK(exchange.answer()["errors"][0] == json{{"code", 8000002}, {"message", "exists"}});
  pages.error(429, "slow down");  // no code: the one Cloudflare uses for the status
  CHECK(exchange.answer()["errors"][0]["code"] == 971);

  kit::Call machines(exchange.request, exchange.response, fly, exchange.clock);
  machines.ok({{"ok", true}}, 201, {{"ignored", true}});
  CHECK(exchange.response.status == 201);
  CHECK(exchange.answer() == json{{"ok", true}});
  machines.no_content(202);
  CHECK(exchange.response.status == 202);
  CHECK(exchange.response.body.empty());
  Exchange plain("/", "/");
  kit::Call text(plain.request, plain.response, cloudflare, plain.clock);
  text.text(403, "Expired JWT");
  CHECK(plain.response.status == 403);
  CHECK(plain.response.body == "Expired JWT");
  CHECK(plain.response.get_header_value("Content-Type") == "text/plain");
}
