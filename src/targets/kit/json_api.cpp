#include "targets/kit/json_api.h"

#include <algorithm>

namespace raxol {

ErrorKind kind_for_status(int status) {
  switch (status) {
    case 401:
    case 403:
      return ErrorKind::auth;
    case 404:
      return ErrorKind::not_found;
    case 408:
      return ErrorKind::timeout;
    case 409:
    case 412:
      return ErrorKind::conflict;
    default:
      return ErrorKind::api;
  }
}

namespace {

bool has_authorization(const HttpHeaders& headers) {
  return find_header(headers, "Authorization").has_value();
}

// Messages stay on one line (GitHub's 422s are "Invalid request.\n\n<why>").
std::string one_line(std::string text) {
  for (auto& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  std::string squeezed;
  for (char c : text)
    if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' ')) squeezed += c;
  return squeezed;
}

}  // namespace

HttpRequest JsonApi::request_for(const ApiCall& call) const {
  HttpRequest request(call.method, call.url);
  request.timeout = call.timeout;
  request.retry_safe = call.retry_safe;
  request.final_statuses = call.final_statuses;
  if (!has_authorization(call.headers)) request.headers = credentials_;
  for (const auto& header : common_) request.headers.push_back(header);
  for (const auto& header : call.headers) request.headers.push_back(header);
  if (!find_header(request.headers, "Accept")) request.headers.emplace_back("Accept", "application/json");
  if (!call.multipart.empty()) {
    request.multipart = call.multipart;
  } else if (!call.body.empty()) {
    request.headers.emplace_back("Content-Type", "application/json");
    request.body = call.body;
  }
  return request;
}

Result<ApiAnswer> JsonApi::read(const ApiCall& call, const Result<HttpResponse>& response) const {
  if (!response.ok()) {
    Error error = response.error();
    error.message = policy_.service + ": " + call.what + ": " + error.message;
    return error;
  }
  ApiAnswer answer;
  answer.status = response->status;
  answer.raw = response->body;
  answer.headers = response->headers;
  if (!answer.raw.empty()) {
    answer.body = nlohmann::json::parse(answer.raw, nullptr, false);
    if (answer.body.is_discarded()) answer.body = nullptr;
  }
  return answer;
}

bool JsonApi::accepted(const ApiCall& call, const ApiAnswer& answer) const {
  if (std::find(call.final_statuses.begin(), call.final_statuses.end(), answer.status) !=
      call.final_statuses.end())
    return true;
  if (answer.status < 200 || answer.status >= 300) return false;
  return !policy_.succeeded || policy_.succeeded(answer);
}

Error JsonApi::error_for(const ApiCall& call, const ApiAnswer& answer) const {
  ApiFailure failure = policy_.read_failure ? policy_.read_failure(answer) : ApiFailure{};
  std::string message = one_line(failure.message);
  if (message.empty()) message = one_line(answer.raw.substr(0, 200));
  if (message.empty()) message = "(no message)";
  std::string text = policy_.service + ": " + call.what + ": HTTP " + std::to_string(answer.status);
  if (failure.code != 0) text += " (code " + std::to_string(failure.code) + ")";
  Error error = make_error(failure.kind.value_or(kind_for_status(answer.status)), text + ": " + message);
  error.http_status = answer.status;
  if (!policy_.request_id_header.empty())
    if (auto id = answer.header(policy_.request_id_header))
      error.notes.push_back(policy_.request_id_header + ": " + *id);
  if (error.kind == ErrorKind::auth && !policy_.auth_hint.empty())
    error.notes.push_back(policy_.auth_hint);
  return error;
}

Result<ApiAnswer> JsonApi::send(const ApiCall& call) {
  auto response = http_.send(request_for(call));
  RAXOL_ASSIGN_OR_RETURN(ApiAnswer answer, read(call, response));
  if (!accepted(call, answer)) return error_for(call, answer);
  return answer;
}

}  // namespace raxol
