// The real libcurl client against a real loopback server.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <thread>

#include "raxol/http.h"

using namespace raxol;

namespace {
struct LoopbackServer {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  LoopbackServer() {
    server.Get("/hello", [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("X-Echo", req.get_header_value("X-Test"));
      res.set_content("hi", "text/plain");
    });
    server.Post("/echo", [](const httplib::Request& req, httplib::Response& res) {
      res.status = 201;
      res.set_content(req.body, "application/json");
    });
    server.Post("/form", [](const httplib::Request& req, httplib::Response& res) {
      std::string text;
      for (const auto& [name, file] : req.files)
        text += name + "=" + file.content + ";" + file.filename + "\n";
      res.set_content(text, "text/plain");
    });
    server.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.set_content("late", "text/plain");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~LoopbackServer() {
    server.stop();
    thread.join();
  }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port) + path;
  }
};
}  // namespace

TEST_CASE("curl client: GET with headers over loopback", "[net][curl]") {
  LoopbackServer server;
  auto client = make_curl_http_client(CurlOptions{"raxol-test", false});
  HttpRequest request{"GET", server.url("/hello")};
  request.headers = {{"X-Test", "value"}};
  auto response = client->send(request);
  REQUIRE(response.ok());
  CHECK(response->status == 200);
  CHECK(response->body == "hi");
  CHECK(response->header("x-echo") == "value");
}

TEST_CASE("curl client: POST body and status", "[net][curl]") {
  LoopbackServer server;
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest request{"POST", server.url("/echo")};
  request.body = R"({"a":1})";
  request.headers = {{"Content-Type", "application/json"}};
  auto response = client->send(request);
  REQUIRE(response.ok());
  CHECK(response->status == 201);
  CHECK(response->body == R"({"a":1})");
}

TEST_CASE("curl client: multipart form", "[net][curl]") {
  LoopbackServer server;
  auto client = make_curl_http_client(CurlOptions{});
  HttpRequest request{"POST", server.url("/form")};
  request.multipart = {{"branch", "main", "", ""}, {"file", "data", "a.txt", "text/plain"}};
  auto response = client->send(request);
  REQUIRE(response.ok());
  CHECK(response->body.find("branch=main;") != std::string::npos);
  CHECK(response->body.find("file=data;a.txt") != std::string::npos);
}

TEST_CASE("curl client: refused connection and timeout are network errors", "[net][curl]") {
  auto client = make_curl_http_client(CurlOptions{});
  int closed_port = 0;
  {
    LoopbackServer server;  // learn a free port, then close it
    closed_port = server.port;
  }
  auto refused = client->send({"GET", "http://127.0.0.1:" + std::to_string(closed_port) + "/"});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::network);

  LoopbackServer server;
  HttpRequest slow{"GET", server.url("/slow")};
  slow.timeout = std::chrono::milliseconds(200);
  auto timed_out = client->send(slow);
  REQUIRE_FALSE(timed_out.ok());
  CHECK(timed_out.error().kind == ErrorKind::network);
}

TEST_CASE("curl client: error messages never include the path or query", "[net][curl]") {
  auto client = make_curl_http_client(CurlOptions{});
  auto result = client->send({"GET", "http://user:secret-token@127.0.0.1:1/path?token=abc"});
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message.find("secret-token") == std::string::npos);
  CHECK(result.error().message.find("token=abc") == std::string::npos);
}

TEST_CASE("curl client: send_all runs a batch concurrently and keeps order", "[net][curl]") {
  LoopbackServer server;
  auto client = make_curl_http_client(CurlOptions{});
  std::vector<HttpRequest> requests;
  for (int i = 0; i < 20; ++i) {
    HttpRequest request{"POST", server.url("/echo")};
    request.body = std::to_string(i);
    requests.push_back(request);
  }
  requests.push_back({"GET", server.url("/slow")});  // 1.5 s alone
  const auto started = std::chrono::steady_clock::now();
  auto results = client->send_all(requests, 6);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  REQUIRE(results.size() == requests.size());
  for (int i = 0; i < 20; ++i) {
    REQUIRE(results[i].ok());
    CHECK(results[i]->status == 201);
    CHECK(results[i]->body == std::to_string(i));
  }
  CHECK(results[20]->body == "late");
  // Sequentially the slow request would come after the 20 others; in parallel the batch takes
  // about as long as the slow one alone.
  CHECK(elapsed < std::chrono::milliseconds(3000));
}

TEST_CASE("curl client: send_all reports each failure in its place", "[net][curl]") {
  LoopbackServer server;
  auto client = make_curl_http_client(CurlOptions{});
  std::vector<HttpRequest> requests = {{"GET", server.url("/hello")},
                                       {"GET", "http://127.0.0.1:1/"},
                                       {"GET", server.url("/nope")}};
  auto results = client->send_all(requests, 3);
  CHECK(results[0]->status == 200);
  REQUIRE_FALSE(results[1].ok());
  CHECK(results[1].error().kind == ErrorKind::network);
  CHECK(results[2]->status == 404);
}
