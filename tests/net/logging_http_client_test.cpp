// The -v HTTP log over a real loopback server: method, URL, status and time, never headers,
// bodies or credentials.
#include "net/logging_http_client.h"

#include <httplib.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <thread>

#include "support/fake_clock.h"
#include "system/terminal_ui.h"

using namespace raxol;

namespace {

// Every handler advances the fake clock by 37 ms, so that the logged time is exact.
struct LoopbackServer {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  explicit LoopbackServer(test::FakeClock& clock) {
    server.Post("/apps/web/deploys", [&clock](const httplib::Request& req, httplib::Response& res) {
      clock.advance(std::chrono::milliseconds(37));
      res.status = 201;
      res.set_header("Set-Cookie", "session=cookie-value-123");
      res.set_content("response-body-secret " + req.body, "text/plain");
    });
    server.Get("/status", [&clock](const httplib::Request&, httplib::Response& res) {
      clock.advance(std::chrono::milliseconds(37));
      res.status = 503;
      res.set_content("down", "text/plain");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~LoopbackServer() {
    server.stop();
    thread.join();
  }
  std::string host() const { return "127.0.0.1:" + std::to_string(port); }
};

// The logging client over libcurl, writing to string streams through a TerminalUi. The Ui gets
// its own empty Redactor, so that any masking seen comes from the logging client itself.
struct Harness {
  explicit Harness(int verbosity) : ui(options(verbosity), out, err, in, ui_redactor) {}
  static UiOptions options(int verbosity) {
    UiOptions options;
    options.verbosity = verbosity;
    return options;
  }
  test::FakeClock clock;
  LoopbackServer server{clock};
  std::unique_ptr<HttpClient> curl = make_curl_http_client(CurlOptions{"raxol-test", false});
  std::ostringstream out, err;
  std::istringstream in;
  Redactor ui_redactor;
  Redactor redactor;
  TerminalUi ui;
  LoggingHttpClient client{*curl, ui, redactor, clock};
};

HttpRequest deploy_request(const std::string& host) {
  HttpRequest request{"POST", "http://deployer:url-password-42@" + host +
                                  "/apps/web/deploys?access_token=query-token-42"};
  request.headers = {{"Authorization", "Bearer header-token-42"},
                     {"X-Api-Key", "api-key-value-42"},
                     {"Content-Type", "application/json"}};
  request.body = R"({"secret":"request-body-value-42"})";
  return request;
}

}  // namespace

TEST_CASE("logging http client: -v logs method, URL, status and time", "[net][logging]") {
  Harness harness(1);
  harness.redactor.add("query-token-42");
  auto response = harness.client.send(deploy_request(harness.server.host()));
  REQUIRE(response.ok());
  CHECK(response->status == 201);
  // The caller still gets the whole response: only the log leaves things out.
  CHECK(response->body.find("request-body-value-42") != std::string::npos);
  CHECK(harness.err.str() == "debug: http POST http://***@" + harness.server.host() +
                                 "/apps/web/deploys?access_token=[REDACTED] -> 201 (37 ms)\n");
  CHECK(harness.out.str().empty());
}

TEST_CASE("logging http client: headers, bodies and URL credentials never appear",
          "[net][logging]") {
  Harness harness(2);
  harness.redactor.add("query-token-42");
  REQUIRE(harness.client.send(deploy_request(harness.server.host())).ok());
  const std::string log = harness.err.str() + harness.out.str();
  REQUIRE_FALSE(log.empty());
  for (const char* leak :
       {"deployer", "url-password-42", "query-token-42", "header-token-42", "Authorization",
        "Bearer", "api-key-value-42", "X-Api-Key", "Content-Type", "request-body-value-42",
        "response-body-secret", "Set-Cookie", "cookie-value-123"}) {
    INFO(leak);
    CHECK(log.find(leak) == std::string::npos);
  }
}

TEST_CASE("logging http client: error statuses are logged like any answer", "[net][logging]") {
  Harness harness(1);
  auto response = harness.client.send({"GET", "http://" + harness.server.host() + "/status"});
  REQUIRE(response.ok());
  CHECK(response->status == 503);
  CHECK(harness.err.str() ==
        "debug: http GET http://" + harness.server.host() + "/status -> 503 (37 ms)\n");
}

TEST_CASE("logging http client: a transport failure is logged, redacted", "[net][logging]") {
  Harness harness(1);
  harness.redactor.add("query-token-42");
  auto result = harness.client.send(
      {"GET", "http://user:url-password-42@127.0.0.1:1/x?access_token=query-token-42"});
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().kind == ErrorKind::network);
  const std::string log = harness.err.str();
  CHECK(log.rfind("debug: http GET http://***@127.0.0.1:1/x?access_token=[REDACTED] -> failed: ",
                  0) == 0);
  CHECK(log.find("url-password-42") == std::string::npos);
  CHECK(log.find("query-token-42") == std::string::npos);
  CHECK(log.find(" ms)\n") != std::string::npos);
}

TEST_CASE("logging http client: without -v nothing is logged", "[net][logging]") {
  Harness harness(0);
  auto response = harness.client.send(deploy_request(harness.server.host()));
  REQUIRE(response.ok());
  CHECK(response->status == 201);
  auto batch = harness.client.send_all({{"GET", "http://" + harness.server.host() + "/status"}}, 2);
  REQUIRE(batch.size() == 1);
  CHECK(batch[0]->status == 503);
  CHECK(harness.err.str().empty());
  CHECK(harness.out.str().empty());
}

TEST_CASE("logging http client: send_all logs each request with the batch's time",
          "[net][logging]") {
  Harness harness(1);
  const std::string base = "http://" + harness.server.host();
  std::vector<HttpRequest> requests = {
      deploy_request(harness.server.host()), {"GET", base + "/status"}, {"GET", base + "/missing"}};
  auto results = harness.client.send_all(requests, 3);
  REQUIRE(results.size() == 3);
  CHECK(results[0]->status == 201);
  CHECK(results[1]->status == 503);
  CHECK(results[2]->status == 404);
  // Two handlers ran (37 ms each); the 404 has no handler and takes no fake time.
  CHECK(harness.err.str() == "debug: http POST http://***@" + harness.server.host() +
                                 "/apps/web/deploys?access_token=query-token-42 -> 201 (74 ms)\n"
                                 "debug: http GET " +
                                 base +
                                 "/status -> 503 (74 ms)\n"
                                 "debug: http GET " +
                                 base + "/missing -> 404 (74 ms)\n");
  CHECK(harness.err.str().find("url-password-42") == std::string::npos);
  CHECK(harness.err.str().find("header-token-42") == std::string::npos);
}
