// Retry decorator: resends requests that failed for a transient reason, with exponential
// backoff and full jitter, honouring Retry-After. The rule for what is transient is written
// once, here (see docs/retries.md):
//   * HTTP 408, 429, 500, 502, 503, 504, Cloudflare's 520-524 and transport errors (refused,
//     reset, timeout);
//   * only for idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS) or those that carry an
//     idempotency key or are marked retry_safe; a POST is otherwise sent once.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <random>

#include "raxol/clock.h"
#include "raxol/http.h"

namespace raxol {

struct RetryPolicy {
  int max_attempts = 5;  // total sends, first one included
  std::chrono::milliseconds base_delay{200};
  std::chrono::milliseconds max_delay{10'000};
  std::chrono::milliseconds max_retry_after{60'000};  // a longer Retry-After is not waited for
};

bool is_transient_status(int status);

// Delay before attempt `retry` (1 = first retry): Retry-After when the response has one,
// else a random value in [0, min(max_delay, base * 2^(retry-1))].
std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int retry,
                                      const HttpResponse* response, std::mt19937_64& random,
                                      std::chrono::system_clock::time_point now);

class RetryingHttpClient : public HttpClient {
 public:
  // `on_retry` (optional) is told about each retry, e.g. to print a warning.
  using RetryObserver = std::function<void(const HttpRequest&, const std::string& reason,
                                           std::chrono::milliseconds delay, int attempt)>;
  RetryingHttpClient(HttpClient& inner, Clock& clock, RetryPolicy policy,
                     RetryObserver on_retry = {}, std::uint64_t seed = std::random_device{}());

  Result<HttpResponse> send(const HttpRequest& request) override;
  // Sends the batch, then resends (as a smaller batch) the requests that failed transiently,
  // waiting for the longest Retry-After among them.
  std::vector<Result<HttpResponse>> send_all(const std::vector<HttpRequest>& requests,
                                             int max_parallel) override;

 private:
  std::string retry_reason(const HttpRequest& request, const Result<HttpResponse>& result) const;
  std::chrono::milliseconds next_delay(int attempt, const HttpResponse* response);

  HttpClient& inner_;
  Clock& clock_;
  RetryPolicy policy_;
  RetryObserver on_retry_;
  std::mutex random_mutex_;
  std::mt19937_64 random_;
};

}  // namespace raxol
