// The HTTP plumbing of the Cloudflare client: the v4 envelope, the two kinds of credentials
// (API token for /accounts/..., upload JWT for /pages/assets/...), and one translation of
// failures into Errors that name the call, the HTTP status and the envelope's code and message
// — deciding on the envelope code first and the status second (protocol notes §1.3). Neither
// the token nor a JWT ever appears in a message.
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "net/url_encode.h"
#include "raxol/http.h"
#include "targets/cloudflare_pages/api/pages_endpoints.h"
#include "targets/kit/json_api.h"

namespace raxol::cloudflare_pages {

// Envelope codes with a meaning for the client.
inline constexpr int kCodeUnknown = 8000000;  // retried on POST deployments
inline constexpr int kCodeProjectNotFound = 8000007;
inline constexpr int kCodeBadUploadJwt = 8000013;  // refetch the JWT and resend

struct PagesCall {
  PagesCall() = default;
  PagesCall(std::string method_, std::string path_, std::string what_)
      : method(std::move(method_)), path(std::move(path_)), what(std::move(what_)) {}

  std::string method = "GET";
  std::string path;  // appended to the API base: "/accounts/a/pages/projects/p"
  std::string what;  // for messages: "get project raxol-playground"
  std::string body;  // JSON text (sent with Content-Type: application/json) or empty
  std::vector<MultipartPart> multipart;
  std::string jwt;          // non-empty: an asset call authenticated with this upload JWT
  bool retry_safe = false;  // a POST that is safe to repeat (content-addressed asset calls)
  std::chrono::milliseconds timeout{60'000};
};

// One HTTP answer, judged.
struct PagesAnswer {
  int status = 0;
  nlohmann::json envelope;  // the parsed body, or null when it was not JSON
  std::string raw;          // the body (first 300 bytes kept when not JSON)
  int code = 0;             // errors[0].code, 0 when none
  std::string message;      // errors[0].message, or a description of a non-JSON body
  bool challenge = false;   // cf-mitigated: challenge (a WAF page, not an API answer)

  bool ok() const;
  // The upload JWT was refused: code 8000013, or 401/403 saying "Expired JWT" (that answer has
  // come as plain text with no envelope, workers-sdk #3773).
  bool jwt_rejected() const;
  // `result` of the envelope ({} for an empty 2xx body, as wrangler does).
  nlohmann::json result() const;
};

class PagesTransport {
 public:
  PagesTransport(HttpClient& http, PagesEndpoints endpoints);

  // The request for `call` (for batches sent with HttpClient::send_all).
  HttpRequest request_for(const PagesCall& call) const;
  // The same with `body` (JSON) moved in instead of copied from the call: for large bodies.
  HttpRequest request_with_body(const PagesCall& call, std::string body) const;
  // Reads an HTTP answer (a transport failure stays an Error of kind network).
  Result<PagesAnswer> judge(const PagesCall& call, const Result<HttpResponse>& response) const;
  // The Error for an answer that is not ok().
  Error error_for(const PagesCall& call, const PagesAnswer& answer) const;

  // Sends `call`: its answer, or an Error for transport failures and answers that are not ok.
  Result<PagesAnswer> exchange(const PagesCall& call);
  // Sends `call` and returns the envelope's `result`.
  Result<nlohmann::json> send(const PagesCall& call);

  HttpClient& http() { return api_.http(); }
  const PagesEndpoints& endpoints() const { return endpoints_; }

 private:
  ApiCall api_call(const PagesCall& call) const;

  PagesEndpoints endpoints_;
  JsonApi api_;
};

}  // namespace raxol::cloudflare_pages
