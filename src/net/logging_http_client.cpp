#include "net/logging_http_client.h"

namespace raxol {

void LoggingHttpClient::log(const HttpRequest& request, const Result<HttpResponse>& result,
                            long long elapsed_ms) {
  const std::string url = redactor_.redact(redact_url_credentials(request.url));
  std::string outcome = result.ok() ? std::to_string(result->status)
                                    : "failed: " + redactor_.redact(result.error().message);
  ui_.debug("http " + request.method + " " + url + " -> " + outcome + " (" +
            std::to_string(elapsed_ms) + " ms)");
}

Result<HttpResponse> LoggingHttpClient::send(const HttpRequest& request) {
  if (ui_.verbosity() < 1) return inner_.send(request);
  const auto started = clock_.steady_now();
  auto result = inner_.send(request);
  log(request, result,
      std::chrono::duration_cast<std::chrono::milliseconds>(clock_.steady_now() - started).count());
  return result;
}

std::vector<Result<HttpResponse>> LoggingHttpClient::send_all(
    const std::vector<HttpRequest>& requests, int max_parallel) {
  if (ui_.verbosity() < 1) return inner_.send_all(requests, max_parallel);
  const auto started = clock_.steady_now();
  auto results = inner_.send_all(requests, max_parallel);
  // Per-request times are not known inside a batch: each line shows the batch's.
  auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(clock_.steady_now() - started).count();
  for (size_t i = 0; i < requests.size(); ++i) log(requests[i], results[i], elapsed);
  return results;
}

}  // namespace raxol
