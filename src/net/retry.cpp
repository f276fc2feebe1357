#include "net/retry.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <mutex>

namespace raxol {

bool is_transient_status(int status) {
  return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
         status == 504;
}

namespace {

// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
std::optional<std::chrono::milliseconds> parse_retry_after(
    const std::string& value, std::chrono::system_clock::time_point now) {
  long long seconds = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error == std::errc() && end == value.data() + value.size() && seconds >= 0)
    return std::chrono::milliseconds(seconds * 1000);
  std::tm tm{};
  if (strptime(value.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm) == nullptr) return std::nullopt;
  auto when = std::chrono::system_clock::from_time_t(timegm(&tm));
  auto delta = std::chrono::duration_cast<std::chrono::milliseconds>(when - now);
  return std::max(delta, std::chrono::milliseconds(0));
}

}  // namespace

std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int retry,
                                      const HttpResponse* response, std::mt19937_64& random,
                                      std::chrono::system_clock::time_point now) {
  if (response != nullptr) {
    if (auto header = response->header("Retry-After")) {
      if (auto delay = parse_retry_after(*header, now))
        return std::min(*delay, policy.max_retry_after);
    }
  }
  long long cap = policy.base_delay.count() << std::min(retry - 1, 20);
  cap = std::min<long long>(cap, policy.max_delay.count());
  std::uniform_int_distribution<long long> pick(0, std::max<long long>(cap, 0));
  return std::chrono::milliseconds(pick(random));
}

RetryingHttpClient::RetryingHttpClient(HttpClient& inner, Clock& clock, RetryPolicy policy,
                                       RetryObserver on_retry, std::uint64_t seed)
    : inner_(inner), clock_(clock), policy_(policy), on_retry_(std::move(on_retry)),
      random_(seed) {}

Result<HttpResponse> RetryingHttpClient::send(const HttpRequest& request) {
  const bool may_retry = request.is_idempotent();
  for (int attempt = 1;; ++attempt) {
    auto result = inner_.send(request);
    std::string reason;
    if (!result.ok()) {
      if (result.error().kind != ErrorKind::network) return result;
      reason = result.error().message;
    } else if (is_transient_status(result->status) &&
               std::find(request.final_statuses.begin(), request.final_statuses.end(),
                         result->status) == request.final_statuses.end()) {
      reason = "HTTP " + std::to_string(result->status);
    } else {
      return result;
    }
    if (!may_retry || attempt >= policy_.max_attempts) return result;

    std::chrono::milliseconds delay;
    {
      std::lock_guard lock(random_mutex_);
      delay = retry_delay(policy_, attempt, result.ok() ? &result.value() : nullptr, random_,
                          clock_.now());
    }
    if (on_retry_) on_retry_(request, reason, delay, attempt);
    clock_.sleep_for(delay);
  }
}

}  // namespace raxol
