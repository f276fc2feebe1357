// Logging decorator: with -v, one line per request and response on stderr. It never prints
// headers or bodies (they carry tokens and secret values); URLs pass through the Redactor.
#pragma once

#include "raxol/clock.h"
#include "raxol/http.h"
#include "raxol/redact.h"
#include "raxol/ui.h"

namespace raxol {

class LoggingHttpClient : public HttpClient {
 public:
  LoggingHttpClient(HttpClient& inner, Ui& ui, const Redactor& redactor, const Clock& clock)
      : inner_(inner), ui_(ui), redactor_(redactor), clock_(clock) {}
  Result<HttpResponse> send(const HttpRequest& request) override;
  std::vector<Result<HttpResponse>> send_all(const std::vector<HttpRequest>& requests,
                                             int max_parallel) override;

 private:
  void log(const HttpRequest& request, const Result<HttpResponse>& result, long long elapsed_ms);
  HttpClient& inner_;
  Ui& ui_;
  const Redactor& redactor_;
  const Clock& clock_;
};

}  // namespace raxol
