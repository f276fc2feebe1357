// An httplib server on 127.0.0.1 for the kit's tests: routes are registered through the kit
// before start(), then spoken to with the real libcurl client, as the emulators are.
#pragma once

#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "raxol/http.h"

namespace raxol::test {

class LocalServer {
 public:
  LocalServer() : port_(server.bind_to_any_port("127.0.0.1")) { REQUIRE(port_ > 0); }
  ~LocalServer() {
    client_.reset();  // our keep-alive connections first, so that the server stops at once
    server.stop();
    if (thread_.joinable()) thread_.join();
  }

  void start() {
    thread_ = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }

  HttpResponse send(const std::string& method, const std::string& path,
                    const std::string& body = "", HttpHeaders headers = {}) {
    HttpRequest request(method, "http://127.0.0.1:" + std::to_string(port_) + path);
    request.headers = std::move(headers);
    request.body = body;
    auto response = client_->send(request);
    REQUIRE(response.ok());
    return *response;
  }

  httplib::Server server;

 private:
  int port_;
  std::thread thread_;
  std::unique_ptr<HttpClient> client_ = make_curl_http_client(CurlOptions{"raxol-test", false});
};

}  // namespace raxol::test
