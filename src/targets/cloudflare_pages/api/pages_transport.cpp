#include "targets/cloudflare_pages/api/pages_transport.h"

#include "util/json_fields.h"

namespace raxol::cloudflare_pages {

namespace {

bool is_challenge(const ApiAnswer& answer) {
  return answer.header("cf-mitigated").value_or("") == "challenge";
}

// A 2xx that is an API answer whose envelope does not say "success": false.
bool envelope_succeeded(int status, bool challenge, const nlohmann::json& envelope) {
  if (status < 200 || status >= 300 || challenge) return false;
  return !(envelope.is_object() && envelope.value("success", true) == false);
}

// errors[0] of the v4 envelope, or what a body that is no envelope at all looks like.
ApiFailure first_error(const ApiAnswer& answer) {
  ApiFailure failure;
  if (answer.body.is_object()) {
    const auto& errors = answer.body.value("errors", nlohmann::json::array());
    if (errors.is_array() && !errors.empty()) {
      failure.code = static_cast<int>(int_field(errors[0], "code"));
      failure.message = string_field(errors[0], "message");
    }
  } else if (answer.raw.find("<html") != std::string::npos ||
             answer.raw.find("<!DOCTYPE") != std::string::npos) {
    failure.message = "a non-JSON (HTML) answer, likely a gateway error page";
  }
  if (is_challenge(answer))
    failure.message = "blocked by a Cloudflare challenge page, not an API answer";
  return failure;
}

bool jwt_refused(int status, int code, const std::string& raw) {
  if (code == kCodeBadUploadJwt) return true;
  return (status == 401 || status == 403) && raw.find("Expired JWT") != std::string::npos;
}

// The envelope code decides first, the status second (protocol notes §1.3).
ApiFailure read_failure(const ApiAnswer& answer) {
  ApiFailure failure = first_error(answer);
  if (failure.code == kCodeProjectNotFound) failure.kind = ErrorKind::not_found;
  else if (jwt_refused(answer.status, failure.code, answer.raw)) failure.kind = ErrorKind::auth;
  return failure;
}

ErrorPolicy cloudflare_policy() {
  ErrorPolicy policy;
  policy.service = "Cloudflare API";
  policy.read_failure = read_failure;
  policy.succeeded = [](const ApiAnswer& answer) {
    return envelope_succeeded(answer.status, is_challenge(answer), answer.body);
  };
  policy.auth_hint =
      "check CLOUDFLARE_API_TOKEN (permission Account > Cloudflare Pages > Edit) and "
      "CLOUDFLARE_ACCOUNT_ID";
  return policy;
}

HttpHeaders credentials(const PagesEndpoints& endpoints) {
  if (!endpoints.api_key.empty())
    return {{"X-Auth-Email", endpoints.email}, {"X-Auth-Key", endpoints.api_key}};
  return {{"Authorization", "Bearer " + endpoints.token}};
}

}  // namespace

bool PagesAnswer::ok() const { return envelope_succeeded(status, challenge, envelope); }

bool PagesAnswer::jwt_rejected() const { return jwt_refused(status, code, raw); }

nlohmann::json PagesAnswer::result() const {
  if (!envelope.is_object()) return nlohmann::json::object();
  auto found = envelope.find("result");
  return found == envelope.end() ? nlohmann::json::object() : *found;
}

PagesTransport::PagesTransport(HttpClient& http, PagesEndpoints endpoints)
    : endpoints_(std::move(endpoints)), api_(http, cloudflare_policy(), credentials(endpoints_)) {}

ApiCall PagesTransport::api_call(const PagesCall& call) const {
  ApiCall api(call.method, endpoints_.api_base + call.path, call.what);
  api.body = call.body;
  api.multipart = call.multipart;
  api.retry_safe = call.retry_safe;
  api.timeout = call.timeout;
  if (!call.jwt.empty()) api.headers.emplace_back("Authorization", "Bearer " + call.jwt);
  return api;
}

HttpRequest PagesTransport::request_for(const PagesCall& call) const {
  return api_.request_for(api_call(call));
}

HttpRequest PagesTransport::request_with_body(const PagesCall& call, std::string body) const {
  HttpRequest request = request_for(call);
  if (call.body.empty()) request.headers.emplace_back("Content-Type", "application/json");
  request.body = std::move(body);
  return request;
}

Result<PagesAnswer> PagesTransport::judge(const PagesCall& call,
                                          const Result<HttpResponse>& response) const {
  RAXOL_ASSIGN_OR_RETURN(ApiAnswer read, api_.read(api_call(call), response));
  PagesAnswer answer;
  answer.status = read.status;
  answer.challenge = is_challenge(read);
  answer.envelope = read.body;
  const ApiFailure failure = first_error(read);
  answer.code = failure.code;
  answer.message = failure.message;
  if (!answer.ok()) answer.raw = read.raw.substr(0, 300);
  if (!answer.envelope.is_object() && answer.message.empty() && !answer.ok())
    answer.message = read.raw.substr(0, 200);
  return answer;
}

Error PagesTransport::error_for(const PagesCall& call, const PagesAnswer& answer) const {
  ApiAnswer read;
  read.status = answer.status;
  read.body = answer.envelope;
  read.raw = answer.raw;
  if (answer.challenge) read.headers.emplace_back("cf-mitigated", "challenge");
  Error error = api_.error_for(api_call(call), read);
  // An upload JWT is ours to refresh; only the account token is the user's to check.
  if (!call.jwt.empty() && !error.notes.empty() && error.notes.back() == api_.policy().auth_hint)
    error.notes.pop_back();
  return error;
}

Result<PagesAnswer> PagesTransport::exchange(const PagesCall& call) {
  auto response = api_.http().send(request_for(call));
  RAXOL_ASSIGN_OR_RETURN(PagesAnswer answer, judge(call, response));
  if (!answer.ok()) return error_for(call, answer);
  return answer;
}

Result<nlohmann::json> PagesTransport::send(const PagesCall& call) {
  RAXOL_ASSIGN_OR_RETURN(PagesAnswer answer, exchange(call));
  return answer.result();
}

}  // namespace raxol::cloudflare_pages
