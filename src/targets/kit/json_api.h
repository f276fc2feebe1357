// The HTTP plumbing every target's API client shares: a JSON request with the service's
// authorization, and one translation of failures into Errors that name the service, the call,
// the HTTP status and the service's own message — never a credential. What differs between
// services (where the message sits in the envelope, whether a 200 can be a failure, what hint
// a 401 gets) is the service's ErrorPolicy.
#pragma once

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/http.h"
#include "raxol/result.h"

namespace raxol {

struct ApiCall {
  ApiCall() = default;
  ApiCall(std::string method_, std::string url_, std::string what_)
      : method(std::move(method_)), url(std::move(url_)), what(std::move(what_)) {}

  std::string method = "GET";
  std::string url;
  std::string what;  // for messages: "update machine 3d8d...", "get project raxol"
  std::string body;  // JSON text (sent with Content-Type: application/json) or empty
  std::vector<MultipartPart> multipart;
  HttpHeaders headers;  // extra headers (a lease nonce); when they carry an Authorization, it
                        // replaces the API's default credentials (an upload JWT)
  std::vector<int> final_statuses;  // answers the caller handles (never retried, not errors)
  bool retry_safe = false;          // a POST that is safe to repeat
  std::chrono::milliseconds timeout{60'000};
};

// One HTTP answer, read.
struct ApiAnswer {
  int status = 0;
  nlohmann::json body;  // the parsed body, or null when empty or not JSON
  std::string raw;      // the body as received
  HttpHeaders headers;

  std::optional<std::string> header(std::string_view name) const {
    return find_header(headers, name);
  }
};

// What a service's error answer says, in its own words.
struct ApiFailure {
  std::string message;  // "" when the answer says nothing (the raw body is used instead)
  int code = 0;         // an envelope error code (Cloudflare), 0 when none
  std::optional<ErrorKind> kind;  // decided by the envelope; else from the status
};

struct ErrorPolicy {
  std::string service;  // "Fly API": the first words of every message
  // Reads the failure out of an answer that is not a success.
  std::function<ApiFailure(const ApiAnswer&)> read_failure;
  // Whether a 2xx answer really succeeded (Cloudflare's "success": false); default: yes.
  std::function<bool(const ApiAnswer&)> succeeded;
  std::string auth_hint;          // a note for 401/403: which credential to check
  std::string request_id_header;  // a header worth quoting in a note ("fly-request-id")
};

// The one status table: 401/403 auth, 404 not_found, 408 timeout, 409/412 conflict, else api.
ErrorKind kind_for_status(int status);

class JsonApi {
 public:
  // `credentials` are sent with every call that brings no Authorization of its own; `common`
  // with every call (Accept, API version).
  JsonApi(HttpClient& http, ErrorPolicy policy, HttpHeaders credentials, HttpHeaders common = {})
      : http_(http),
        policy_(std::move(policy)),
        credentials_(std::move(credentials)),
        common_(std::move(common)) {}

  // The request for `call` (for batches sent with HttpClient::send_all).
  HttpRequest request_for(const ApiCall& call) const;
  // Reads a response: a transport failure becomes an Error naming the service and the call.
  Result<ApiAnswer> read(const ApiCall& call, const Result<HttpResponse>& response) const;
  // Whether `answer` is a success or one of the call's final statuses.
  bool accepted(const ApiCall& call, const ApiAnswer& answer) const;
  // "SERVICE: WHAT: HTTP STATUS (code N): MESSAGE", with the policy's notes.
  Error error_for(const ApiCall& call, const ApiAnswer& answer) const;

  // Sends `call`: an accepted answer, or an Error.
  Result<ApiAnswer> send(const ApiCall& call);

  HttpClient& http() { return http_; }
  const ErrorPolicy& policy() const { return policy_; }

 private:
  HttpClient& http_;
  ErrorPolicy policy_;
  HttpHeaders credentials_;
  HttpHeaders common_;
};

}  // namespace raxol
