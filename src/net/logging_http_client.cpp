#include "net/logging_http_client.h"

namespace raxol {

Result<HttpResponse> LoggingHttpClient::send(const HttpRequest& request) {
  if (ui_.verbosity() < 1) return inner_.send(request);
  const std::string url = redactor_.redact(redact_url_credentials(request.url));
  const auto started = clock_.steady_now();
  auto result = inner_.send(request);
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      clock_.steady_now() - started);
  std::string outcome = result.ok() ? std::to_string(result->status)
                                    : "failed: " + redactor_.redact(result.error().message);
  ui_.debug("http " + request.method + " " + url + " -> " + outcome + " (" +
            std::to_string(elapsed.count()) + " ms)");
  return result;
}

}  // namespace raxol
