#include "targets/cloudflare_pages/api/pages_transport.h"

namespace raxol::cloudflare_pages {

bool PagesAnswer::ok() const {
  if (status < 200 || status >= 300 || challenge) return false;
  return !(envelope.is_object() && envelope.value("success", true) == false);
}

bool PagesAnswer::jwt_rejected() const {
  if (code == kCodeBadUploadJwt) return true;
  return (status == 401 || status == 403) && raw.find("Expired JWT") != std::string::npos;
}

nlohmann::json PagesAnswer::result() const {
  if (!envelope.is_object()) return nlohmann::json::object();
  auto found = envelope.find("result");
  return found == envelope.end() ? nlohmann::json::object() : *found;
}

HttpRequest PagesTransport::request_for(const PagesCall& call) const {
  HttpRequest request(call.method, endpoints_.api_base + call.path);
  request.timeout = call.timeout;
  request.retry_safe = call.retry_safe;
  if (!call.jwt.empty()) {
    request.headers.emplace_back("Authorization", "Bearer " + call.jwt);
  } else if (!endpoints_.api_key.empty()) {
    request.headers.emplace_back("X-Auth-Email", endpoints_.email);
    request.headers.emplace_back("X-Auth-Key", endpoints_.api_key);
  } else {
    request.headers.emplace_back("Authorization", "Bearer " + endpoints_.token);
  }
  request.headers.emplace_back("Accept", "application/json");
  if (!call.multipart.empty()) {
    request.multipart = call.multipart;
  } else if (!call.body.empty()) {
    request.headers.emplace_back("Content-Type", "application/json");
    request.body = call.body;
  }
  return request;
}

HttpRequest PagesTransport::request_with_body(const PagesCall& call, std::string body) const {
  HttpRequest request = request_for(call);
  if (call.body.empty()) request.headers.emplace_back("Content-Type", "application/json");
  request.body = std::move(body);
  return request;
}

Result<PagesAnswer> PagesTransport::judge(const PagesCall& call,
                                          const Result<HttpResponse>& response) const {
  if (!response.ok()) {
    Error error = response.error();
    error.message = "Cloudflare API: " + call.what + ": " + error.message;
    return error;
  }
  PagesAnswer answer;
  answer.status = response->status;
  answer.challenge = response->header("cf-mitigated").value_or("") == "challenge";
  const std::string& body = response->body;
  if (!body.empty()) answer.envelope = nlohmann::json::parse(body, nullptr, false);
  if (answer.envelope.is_discarded()) answer.envelope = nullptr;
  if (answer.envelope.is_object()) {
    const auto& errors = answer.envelope.value("errors", nlohmann::json::array());
    if (errors.is_array() && !errors.empty() && errors[0].is_object()) {
      const auto& first = errors[0];
      if (first.contains("code") && first["code"].is_number_integer())
        answer.code = first["code"].get<int>();
      if (first.contains("message") && first["message"].is_string())
        answer.message = first["message"].get<std::string>();
    }
    if (!answer.ok()) answer.raw = body.substr(0, 300);
  } else {
    answer.raw = body.substr(0, 300);
    bool html =
        body.find("<html") != std::string::npos || body.find("<!DOCTYPE") != std::string::npos;
    if (html)
      answer.message = "a non-JSON (HTML) answer, likely a gateway error page";
    else if (!body.empty() && !answer.ok())
      answer.message = body.substr(0, 200);
  }
  if (answer.challenge)
    answer.message = "blocked by a Cloudflare challenge page, not an API answer";
  return answer;
}

Error PagesTransport::error_for(const PagesCall& call, const PagesAnswer& answer) const {
  ErrorKind kind = ErrorKind::api;
  if (answer.code == kCodeProjectNotFound)
    kind = ErrorKind::not_found;
  else if (answer.jwt_rejected() || answer.status == 401 || answer.status == 403)
    kind = ErrorKind::auth;
  else if (answer.status == 404)
    kind = ErrorKind::not_found;
  else if (answer.status == 409)
    kind = ErrorKind::conflict;
  std::string text = "Cloudflare API: " + call.what + ": HTTP " + std::to_string(answer.status);
  if (answer.code != 0) text += " (code " + std::to_string(answer.code) + ")";
  text += ": " + (answer.message.empty() ? std::string("(no message)") : answer.message);
  Error error = make_error(kind, text);
  error.http_status = answer.status;
  if (kind == ErrorKind::auth && call.jwt.empty())
    error.notes.push_back(
        "check CLOUDFLARE_API_TOKEN (permission Account > Cloudflare Pages > "
        "Edit) and CLOUDFLARE_ACCOUNT_ID");
  return error;
}

Result<PagesAnswer> PagesTransport::exchange(const PagesCall& call) {
  auto response = http_.send(request_for(call));
  RAXOL_ASSIGN_OR_RETURN(PagesAnswer answer, judge(call, response));
  if (!answer.ok()) return error_for(call, answer);
  return answer;
}

Result<nlohmann::json> PagesTransport::send(const PagesCall& call) {
  RAXOL_ASSIGN_OR_RETURN(PagesAnswer answer, exchange(call));
  return answer.result();
}

}  // namespace raxol::cloudflare_pages
