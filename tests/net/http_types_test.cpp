// HTTP as data: case-blind header lookup, success statuses, idempotency rules, send_all default.
#include <catch2/catch.hpp>

#include "raxol/http.h"

using namespace raxol;

TEST_CASE("http types: find_header ignores case and returns the first match", "[net][http]") {
  const HttpHeaders headers = {{"Content-Type", "application/json"},
                               {"X-Request-Id", "first"},
                               {"x-request-id", "second"},
                               {"Empty", ""}};
  CHECK(find_header(headers, "Content-Type") == "application/json");
  CHECK(find_header(headers, "content-type") == "application/json");
  CHECK(find_header(headers, "CONTENT-TYPE") == "application/json");
  CHECK(find_header(headers, "X-REQUEST-ID") == "first");
  // A header that is present but empty is found, and is not the same as a missing one.
  CHECK(find_header(headers, "empty") == std::optional<std::string>(""));
  CHECK_FALSE(find_header(headers, "Content"));
  CHECK_FALSE(find_header(headers, "Content-Type-X"));
  CHECK_FALSE(find_header(headers, "Content_Type"));
  CHECK_FALSE(find_header(headers, ""));
  CHECK_FALSE(find_header({}, "Content-Type"));
}

TEST_CASE("http types: a response's header() and success()", "[net][http]") {
  HttpResponse response;
  response.headers = {{"Retry-After", "3"}};
  CHECK(response.header("retry-after") == "3");
  CHECK_FALSE(response.header("Location"));
  for (int status : {200, 201, 204, 299}) {
    response.status = status;
    CHECK(response.success());
  }
  for (int status : {0, 100, 199, 300, 304, 404, 500}) {
    response.status = status;
    CHECK_FALSE(response.success());
  }
}

TEST_CASE("http types: idempotent methods by definition", "[net][http]") {
  for (const char* method : {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}) {
    INFO(method);
    CHECK(HttpRequest(method, "http://x/").is_idempotent());
  }
  for (const char* method : {"POST", "PATCH", "CONNECT", "get", "Put", ""}) {
    INFO(method);
    CHECK_FALSE(HttpRequest(method, "http://x/").is_idempotent());
  }
  CHECK(HttpRequest().method == "GET");
  CHECK(HttpRequest().is_idempotent());
}

TEST_CASE("http types: a POST is idempotent with a key or when marked retry-safe", "[net][http]") {
  HttpRequest post("POST", "http://x/deploys");
  CHECK_FALSE(post.is_idempotent());
  post.idempotency_key = "b1946ac9";
  CHECK(post.is_idempotent());
  post.idempotency_key.clear();
  post.retry_safe = true;
  CHECK(post.is_idempotent());
  // Final statuses say which answers not to retry; they do not make a request idempotent.
  HttpRequest patch("PATCH", "http://x/");
  patch.final_statuses = {408};
  CHECK_FALSE(patch.is_idempotent());
}

namespace {
// Answers each request with a status taken from its path ("/201"); "/fail" is a transport error.
class ScriptedClient : public HttpClient {
 public:
  std::vector<std::string> sent;
  Result<HttpResponse> send(const HttpRequest& request) override {
    sent.push_back(request.url);
    if (request.url == "/fail") return make_error(ErrorKind::network, "refused");
    HttpResponse response;
    response.status = std::stoi(request.url.substr(1));
    return response;
  }
};
}  // namespace

TEST_CASE("http types: the default send_all sends one by one, in order", "[net][http]") {
  ScriptedClient client;
  const std::vector<HttpRequest> requests = {{"GET", "/200"}, {"GET", "/fail"}, {"POST", "/503"}};
  auto results = client.send_all(requests, 8);
  CHECK(client.sent == std::vector<std::string>{"/200", "/fail", "/503"});
  REQUIRE(results.size() == 3);
  CHECK(results[0]->status == 200);
  REQUIRE_FALSE(results[1].ok());
  CHECK(results[1].error().kind == ErrorKind::network);
  CHECK(results[2]->status == 503);
  CHECK(client.send_all({}, 8).empty());
}
