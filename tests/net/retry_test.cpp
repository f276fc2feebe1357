#include "net/retry.h"

#include <catch2/catch.hpp>
#include <deque>
#include <map>

#include "support/fake_clock.h"

using namespace raxol;

namespace {
// Answers from a script, recording what was sent. Only for the decorator's own logic; real
// HTTP is covered over loopback in curl_http_client_test.cpp.
class ScriptedHttpClient : public HttpClient {
 public:
  std::deque<Result<HttpResponse>> answers;
  int calls = 0;
  Result<HttpResponse> send(const HttpRequest&) override {
    ++calls;
    auto answer = answers.front();
    if (answers.size() > 1) answers.pop_front();
    return answer;
  }
};

HttpResponse response(int status, HttpHeaders headers = {}) {
  HttpResponse r;
  r.status = status;
  r.headers = std::move(headers);
  return r;
}
}  // namespace

TEST_CASE("retry: transient statuses are retried until success", "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {response(503), response(429), response(200)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 42);
  auto result = client.send({"GET", "http://127.0.0.1/x"});
  REQUIRE(result.ok());
  CHECK(result->status == 200);
  CHECK(inner.calls == 3);
  CHECK(clock.sleeps().size() == 2);
}

TEST_CASE("retry: which statuses count as transient", "[net][retry]") {
  for (int status : {408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
    CHECK(is_transient_status(status));
  for (int status : {200, 400, 401, 403, 404, 409, 412, 422, 501, 505, 519, 525, 530})
    CHECK_FALSE(is_transient_status(status));
}

TEST_CASE("retry: a Cloudflare 524 timeout is retried", "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {response(524), response(200)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 7);
  auto result = client.send({"GET", "http://127.0.0.1/x"});
  REQUIRE(result.ok());
  CHECK(result->status == 200);
  CHECK(inner.calls == 2);
}

TEST_CASE("retry: Retry-After seconds are honoured", "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {response(429, {{"Retry-After", "7"}}), response(200)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 1);
  REQUIRE(client.send({"GET", "http://127.0.0.1/x"}).ok());
  REQUIRE(clock.sleeps().size() == 1);
  CHECK(clock.sleeps()[0] == std::chrono::seconds(7));
}

TEST_CASE("retry: Retry-After HTTP-date is honoured", "[net][retry]") {
  // FakeClock starts at 2026-01-01T00:00:00Z.
  ScriptedHttpClient inner;
  inner.answers = {response(503, {{"retry-after", "Thu, 01 Jan 2026 00:00:03 GMT"}}),
                   response(204)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 1);
  REQUIRE(client.send({"DELETE", "http://127.0.0.1/x"}).ok());
  CHECK(clock.sleeps().at(0) == std::chrono::seconds(3));
}

TEST_CASE("retry: 401 and 404 are not retried", "[net][retry]") {
  for (int status : {400, 401, 403, 404, 409, 422}) {
    ScriptedHttpClient inner;
    inner.answers = {response(status)};
    test::FakeClock clock;
    RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 1);
    auto result = client.send({"GET", "http://127.0.0.1/x"});
    REQUIRE(result.ok());
    CHECK(result->status == status);
    CHECK(inner.calls == 1);
  }
}

TEST_CASE("retry: a plain POST is sent once, a POST with an idempotency key is retried",
          "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {response(503), response(201)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 1);
  HttpRequest post{"POST", "http://127.0.0.1/x"};
  CHECK(client.send(post)->status == 503);
  CHECK(inner.calls == 1);

  inner.calls = 0;
  inner.answers = {response(503), response(201)};
  post.idempotency_key = "abc";
  CHECK(client.send(post)->status == 201);
  CHECK(inner.calls == 2);
}

TEST_CASE("retry: a status the caller marks final is not retried", "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {response(408), response(200)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 1);
  HttpRequest wait{"GET", "http://127.0.0.1/wait"};
  wait.final_statuses = {408};
  CHECK(client.send(wait)->status == 408);
  CHECK(inner.calls == 1);
}

TEST_CASE("retry: network errors are retried for idempotent requests", "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {Result<HttpResponse>(make_error(ErrorKind::network, "reset")), response(200)};
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 1);
  CHECK(client.send({"GET", "http://127.0.0.1/x"})->status == 200);
  CHECK(inner.calls == 2);
}

TEST_CASE("retry: gives up after max_attempts and returns the last answer", "[net][retry]") {
  ScriptedHttpClient inner;
  inner.answers = {response(500)};
  test::FakeClock clock;
  RetryPolicy policy;
  policy.max_attempts = 3;
  RetryingHttpClient client(inner, clock, policy, {}, 1);
  CHECK(client.send({"GET", "http://127.0.0.1/x"})->status == 500);
  CHECK(inner.calls == 3);
}

TEST_CASE("retry: backoff delays are bounded by the exponential cap", "[net][retry]") {
  RetryPolicy policy;
  std::mt19937_64 random(7);
  for (int retry = 1; retry <= 10; ++retry) {
    auto delay = retry_delay(policy, retry, nullptr, random, std::chrono::system_clock::now());
    auto cap = std::min<long long>(policy.base_delay.count() << (retry - 1),
                                   policy.max_delay.count());
    CHECK(delay.count() >= 0);
    CHECK(delay.count() <= cap);
  }
}

TEST_CASE("retry: send_all resends only the transient failures", "[net][retry]") {
  // Answers by URL: /a fails once with 503 (Retry-After 2), /b succeeds, /c is a 404.
  class ByUrl : public HttpClient {
   public:
    std::map<std::string, int> calls;
    Result<HttpResponse> send(const HttpRequest& request) override {
      int n = ++calls[request.url];
      if (request.url == "/a" && n == 1) return response(503, {{"Retry-After", "2"}});
      if (request.url == "/c") return response(404);
      return response(200);
    }
  } inner;
  test::FakeClock clock;
  RetryingHttpClient client(inner, clock, RetryPolicy{}, {}, 3);
  std::vector<HttpRequest> batch = {{"PUT", "/a"}, {"PUT", "/b"}, {"PUT", "/c"}};
  auto results = client.send_all(batch, 4);
  CHECK(results[0]->status == 200);
  CHECK(results[1]->status == 200);
  CHECK(results[2]->status == 404);
  CHECK(inner.calls["/a"] == 2);
  CHECK(inner.calls["/b"] == 1);
  CHECK(inner.calls["/c"] == 1);
  REQUIRE(clock.sleeps().size() == 1);
  CHECK(clock.sleeps()[0] == std::chrono::seconds(2));
}
