// The sandbox's shared machinery over real loopback HTTP: admin endpoints, fault injection,
// the request log and state shared between two sandboxes on one state directory.
#include "sandbox/sandbox.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "raxol/http.h"
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

TEST_CASE("sandbox serve: rejects non-loopback addresses", "[sandbox][cli]") {
  auto result = test::run_binary({"sandbox", "serve", "--listen", "0.0.0.0:8080"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("loopback") != std::string::npos);
}
