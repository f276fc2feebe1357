// HTTP as plain data. The libcurl implementation (src/net/curl_http_client.cpp) is the only file
// that includes curl. Retry, rate limiting and logging with redaction are decorators
// (src/net/), written once and shared by every target's API client.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "raxol/result.h"

namespace raxol {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Case-insensitive lookup of the first header named `name`.
std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name);

// One part of a multipart/form-data body.
struct MultipartPart {
  std::string name;
  std::string value;         // the part's content
  std::string filename;      // set for file parts
  std::string content_type;  // set for file parts
};

struct HttpRequest {
  HttpRequest() = default;
  HttpRequest(std::string method_, std::string url_)
      : method(std::move(method_)), url(std::move(url_)) {}

  std::string method = "GET";
  std::string url;
  HttpHeaders headers;
  std::string body;                   // ignored when `multipart` is non-empty
  std::vector<MultipartPart> multipart;
  std::chrono::milliseconds timeout{60'000};
  // A request that is safe to send twice. GET/HEAD/PUT/DELETE/OPTIONS are idempotent by
  // definition; a POST becomes retryable when it carries an idempotency key or the API
  // defines it as idempotent (set this flag).
  bool retry_safe = false;
  std::string idempotency_key;  // sent as Idempotency-Key when non-empty
  // Statuses that are answers for this request, never retried (e.g. 408 ending a long-poll).
  std::vector<int> final_statuses;

  bool is_idempotent() const;
};

struct HttpResponse {
  int status = 0;
  HttpHeaders headers;
  std::string body;

  bool success() const { return status >= 200 && status < 300; }
  std::optional<std::string> header(std::string_view name) const {
    return find_header(headers, name);
  }
};

// Sends one request. A transport failure (refused, reset, timeout, TLS) is an Error of kind
// network; any HTTP answer, 4xx and 5xx included, is a Response for the caller to judge.
class HttpClient {
 public:
  virtual ~HttpClient() = default;
  virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
  // Sends independent requests concurrently, at most `max_parallel` in flight, reusing
  // keep-alive connections; results come back in request order. The default sends them one
  // by one; the libcurl client overrides it with a curl multi loop.
  virtual std::vector<Result<HttpResponse>> send_all(const std::vector<HttpRequest>& requests,
                                                     int max_parallel);
};

// Options of the real client.
struct CurlOptions {
  std::string user_agent;  // e.g. "raxol-deploy/0.1.0"
  bool verbose = false;
};

std::unique_ptr<HttpClient> make_curl_http_client(CurlOptions options);

}  // namespace raxol
