// The sandbox's shared machinery over real loopback HTTP: admin endpoints, fault injection in
// each service's envelope, latency on the sandbox's clock, the request log and state shared
// between two sandboxes on one state directory.
#include "sandbox/sandbox.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "raxol/http.h"
#include "support/fake_clock.h"
#include "support/run_binary.h"

using namespace raxol;
using raxol::test::TempDir;

namespace {
HttpResponse must_send(HttpClient& client, HttpRequest request) {
  auto result = client.send(request);
  REQUIRE(result.ok());
  return *result;
}
}  // namespace

TEST_CASE("sandbox: health, env file and loopback only", "[sandbox]") {
  TempDir state;
  auto started = sandbox::Sandbox::start({state.path(), "127.0.0.1", 0});
  REQUIRE(started.ok());
  auto& box = *started.value();
  CHECK(box.base_url().rfind("http://127.0.0.1:", 0) == 0);
  auto client = make_curl_http_client(CurlOptions{});
  auto health = must_send(*client, {"GET", box.base_url() + "/__sandbox/health"});
  CHECK(health.status == 200);
  CHECK(nlohmann::json::parse(health.body)["ok"] == true);
  auto env_text = test::read_file(state / "env");
  CHECK(env_text.find("export RAXOL_SANDBOX_URL=" + box.base_url()) != std::string::npos);
}

TEST_CASE("sandbox: a fault rule fires the given number of times, after skipping", "[sandbox]") {
  TempDir state;
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest add{"POST", box->base_url() + "/__sandbox/faults"};
  add.body = R"({"path": "/thing/*", "method": "GET", "status": 503, "retry_after": 2,
                 "skip": 1, "times": 1})";
  CHECK(must_send(*client, add).status == 201);

  auto url = box->base_url() + "/thing/one";
  CHECK(must_send(*client, {"GET", url}).status == 404);  // skipped
  auto faulted = must_send(*client, {"GET", url});
  CHECK(faulted.status == 503);
  CHECK(faulted.header("Retry-After") == "2");
  CHECK(must_send(*client, {"GET", url}).status == 404);  // used up
  CHECK(must_send(*client, {"GET", box->base_url() + "/thing/one/deeper"}).status == 404);

  auto log = box->requests().entries();
  REQUIRE(log.size() == 4);
  CHECK(log[1].fault == "status");
  CHECK(log[1].status == 503);
}

TEST_CASE("sandbox: a fault on a request with a body closes the connection", "[sandbox]") {
  TempDir state;
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  box->faults().add({{"path", "/upload"}, {"method", "POST"}, {"status", 500}, {"times", 1}});
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest upload{"POST", box->base_url() + "/upload"};
  upload.body = std::string(4096, 'x');  // never read by the sandbox: the fault answers first
  auto faulted = must_send(*client, upload);
  CHECK(faulted.status == 500);
  CHECK(faulted.header("Connection") == "close");
  // The next request (curl would reuse a kept-alive connection) reaches the router, instead
  // of the unread body being parsed as a request.
  for (int i = 0; i < 3; ++i) {
    HttpRequest next{"POST", box->base_url() + "/elsewhere"};
    next.body = "{}";
    CHECK(must_send(*client, next).status == 404);
  }
}

TEST_CASE("sandbox: a dropped connection is a network error for the client", "[sandbox]") {
  TempDir state;
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  box->faults().add({{"path", "/drop"}, {"drop", true}, {"times", 1}});
  auto client = make_curl_http_client(CurlOptions{});
  auto dropped = client->send({"GET", box->base_url() + "/drop"});
  REQUIRE_FALSE(dropped.ok());
  CHECK(dropped.error().kind == ErrorKind::network);
}

TEST_CASE("sandbox: faults written to the state file by hand are honoured", "[sandbox]") {
  TempDir state;
  test::write_file(state / "faults.json",
                   R"({"faults":[{"path":"/x","status":429,"retry_after":"1"}]})");
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  auto client = make_curl_http_client(CurlOptions{});
  CHECK(must_send(*client, {"GET", box->base_url() + "/x"}).status == 429);
  CHECK(must_send(*client, {"GET", box->base_url() + "/x"}).status == 429);  // times: forever
}

TEST_CASE("sandbox: two sandboxes on one state directory share settings", "[sandbox]") {
  TempDir state;
  auto first = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  auto second = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest patch{"PATCH", first->base_url() + "/__sandbox/settings"};
  patch.body = R"({"fly": {"start_ms": 5}})";
  CHECK(must_send(*client, patch).status == 200);
  auto seen = must_send(*client, {"GET", second->base_url() + "/__sandbox/settings"});
  CHECK(nlohmann::json::parse(seen.body)["fly"]["start_ms"] == 5);
}

TEST_CASE("sandbox: the request log file holds no credentials or bodies", "[sandbox]") {
  TempDir state;
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest request{"POST", box->base_url() + "/anything"};
  request.headers = {{"Authorization", "Bearer very-secret-token-value"}};
  request.body = "secret-body-value";
  must_send(*client, request);
  auto text = test::read_file(state / "requests.jsonl");
  CHECK(text.find("/anything") != std::string::npos);
  CHECK(text.find("very-secret-token-value") == std::string::npos);
  CHECK(text.find("secret-body-value") == std::string::npos);
  CHECK(text.find("Bearer ***") != std::string::npos);
}

TEST_CASE("sandbox: injected statuses answer in each service's own envelope", "[sandbox]") {
  TempDir state;
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  box->faults().replace({{"faults",
                          {{{"path", "/v1/apps"}, {"status", 500}, {"times", 1}},
                           {{"path", "/client/v4/**"}, {"status", 429}, {"retry_after", "3"}},
                           {{"service", "github"}, {"status", 503}},
                           {{"path", "/custom"}, {"status", 418}, {"body", {{"teapot", true}}}}}}});
  auto client = make_curl_http_client(CurlOptions{});
  auto body_of = [&](const std::string& path) {
    auto answer = must_send(*client, {"GET", box->base_url() + path});
    INFO(path << " -> " << answer.status << " " << answer.body);
    return std::make_pair(answer.status, nlohmann::json::parse(answer.body, nullptr, false));
  };
  auto [fly_status, fly] = body_of("/v1/apps");
  CHECK(fly_status == 500);
  CHECK(fly == nlohmann::json{{"error", "injected fault (sandbox)"}});
  CHECK(body_of("/v1/apps").first == 401);  // used up: the emulator answers (no token)
  auto [pages_status, pages] = body_of("/client/v4/accounts");
  CHECK(pages_status == 429);
  CHECK(pages["success"] == false);
  CHECK(pages["errors"][0]["code"] == 971);
  auto [github_status, github] = body_of("/api/v3/repos/o/r/pages");
  CHECK(github_status == 503);
  CHECK(github["documentation_url"] == "https://docs.github.com/rest");
  auto [custom_status, custom] = body_of("/custom");
  CHECK(custom_status == 418);
  CHECK(custom == nlohmann::json{{"teapot", true}});
  CHECK(box->faults().rules()["faults"][1]["fired"] == 1);
}

TEST_CASE("sandbox: latency is spent on the sandbox's clock and logged times come from it",
          "[sandbox]") {
  TempDir state;
  test::FakeClock clock;
  test::write_file(state / "settings.json", R"({"fly": {"latency_ms": 250}})");
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0, &clock})).value();
  box->faults().add({{"service", "github"}, {"latency_ms", 1500}, {"times", 1}});
  auto client = make_curl_http_client(CurlOptions{});
  CHECK(must_send(*client, {"GET", box->base_url() + "/v1/apps"}).status == 401);
  CHECK(must_send(*client, {"GET", box->base_url() + "/api/v3/anything"}).status == 404);
  CHECK(must_send(*client, {"GET", box->base_url() + "/api/v3/anything"}).status == 404);
  // No real sleeping: the fake clock took both waits, in order.
  CHECK(clock.sleeps() == std::vector<std::chrono::milliseconds>{std::chrono::milliseconds(250),
                                                                 std::chrono::milliseconds(1500)});
  auto log = box->requests().entries();
  REQUIRE(log.size() == 3);
  CHECK(log[0].time == "2026-01-01T00:00:00Z");  // after 250 ms: still the first second
  CHECK(log[1].time == "2026-01-01T00:00:01Z");
  CHECK(log[1].fault == "latency");
  CHECK(log[2].fault == "");
}

TEST_CASE("sandbox: admin endpoints read and change faults, settings and the log", "[sandbox]") {
  TempDir state;
  auto box = std::move(sandbox::Sandbox::start({state.path(), "127.0.0.1", 0})).value();
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest bad{"PUT", box->base_url() + "/__sandbox/faults"};
  bad.body = "{not json";
  auto refused = must_send(*client, bad);
  CHECK(refused.status == 400);
  CHECK(nlohmann::json::parse(refused.body)["error"] == "body is not JSON");
  HttpRequest replace{"PUT", box->base_url() + "/__sandbox/faults"};
  replace.body = R"([{"path": "/gone", "status": 410}])";
  CHECK(must_send(*client, replace).status == 200);
  CHECK(must_send(*client, {"GET", box->base_url() + "/gone"}).status == 410);
  auto rules = nlohmann::json::parse(
      must_send(*client, {"GET", box->base_url() + "/__sandbox/faults"}).body);
  CHECK(rules["faults"][0]["fired"] == 1);

  HttpRequest patch{"PATCH", box->base_url() + "/__sandbox/settings"};
  patch.body = R"({"github": {"build_ms": 5}})";
  CHECK(nlohmann::json::parse(must_send(*client, patch).body)["github"]["build_ms"] == 5);
  must_send(*client, {"GET", box->base_url() + "/v1/apps"});
  auto fly_only = nlohmann::json::parse(
      must_send(*client, {"GET", box->base_url() + "/__sandbox/requests?service=fly"}).body);
  REQUIRE(fly_only["requests"].size() == 1);
  CHECK(fly_only["requests"][0]["path"] == "/v1/apps");
  CHECK(must_send(*client, {"DELETE", box->base_url() + "/__sandbox/requests"}).status == 204);
  CHECK(box->requests().entries().empty());
  auto health = nlohmann::json::parse(
      must_send(*client, {"GET", box->base_url() + "/__sandbox/health"}).body);
  CHECK(health["services"] ==
        nlohmann::json::array({"fly", "cloudflare-pages", "github", "registry"}));
}

TEST_CASE("sandbox serve: rejects non-loopback addresses", "[sandbox][cli]") {
  auto result = test::run_binary({"sandbox", "serve", "--listen", "0.0.0.0:8080"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("loopback") != std::string::npos);
}
