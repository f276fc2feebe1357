#include "net/retry.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <mutex>

namespace raxol {

bool is_transient_status(int status) {
  // 520-524: Cloudflare's edge could not get an answer from the origin in time (its API sits
  // behind the same edge); each is worth another try, as 502-504 are.
  return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
         status == 504 || (status >= 520 && status <= 524);
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

// Why `result` deserves another try ("" when it does not): transient and safe to repeat.
std::string RetryingHttpClient::retry_reason(const HttpRequest& request,
                                             const Result<HttpResponse>& result) const {
  if (!request.is_idempotent()) return {};
  if (!result.ok()) return result.error().kind == ErrorKind::network ? result.error().message : "";
  if (!is_transient_status(result->status)) return {};
  const auto& finals = request.final_statuses;
  if (std::find(finals.begin(), finals.end(), result->status) != finals.end()) return {};
  return "HTTP " + std::to_string(result->status);
}

std::chrono::milliseconds RetryingHttpClient::next_delay(int attempt, const HttpResponse* response) {
  std::lock_guard lock(random_mutex_);
  return retry_delay(policy_, attempt, response, random_, clock_.now());
}

Result<HttpResponse> RetryingHttpClient::send(const HttpRequest& request) {
  for (int attempt = 1;; ++attempt) {
    auto result = inner_.send(request);
    std::string reason = retry_reason(request, result);
    if (reason.empty() || attempt >= policy_.max_attempts) return result;
    auto delay = next_delay(attempt, result.ok() ? &result.value() : nullptr);
    if (on_retry_) on_retry_(request, reason, delay, attempt);
    clock_.sleep_for(delay);
  }
}

std::vector<Result<HttpResponse>> RetryingHttpClient::send_all(
    const std::vector<HttpRequest>& requests, int max_parallel) {
  auto results = inner_.send_all(requests, max_parallel);
  for (int attempt = 1; attempt < policy_.max_attempts; ++attempt) {
    std::vector<size_t> again;
    const HttpResponse* slowest = nullptr;  // the answer asking for the longest pause
    std::chrono::milliseconds longest{-1};
    std::string reason;
    for (size_t i = 0; i < requests.size(); ++i) {
      std::string why = retry_reason(requests[i], results[i]);
      if (why.empty()) continue;
      again.push_back(i);
      if (reason.empty()) reason = why;
      if (results[i].ok()) {
        std::lock_guard lock(random_mutex_);
        auto wanted = retry_delay(policy_, attempt, &results[i].value(), random_, clock_.now());
        if (wanted > longest) {
          longest = wanted;
          slowest = &results[i].value();
        }
      }
    }
    if (again.empty()) break;
    auto delay = next_delay(attempt, slowest);
    if (on_retry_) on_retry_(requests[again.front()], reason + " (" + std::to_string(again.size()) +
                                                          " requests)", delay, attempt);
    clock_.sleep_for(delay);
    std::vector<HttpRequest> subset;
    subset.reserve(again.size());
    for (size_t index : again) subset.push_back(requests[index]);
    auto retried = inner_.send_all(subset, max_parallel);
    for (size_t k = 0; k < again.size(); ++k) results[again[k]] = std::move(retried[k]);
  }
  return results;
}

}  // namespace raxol
