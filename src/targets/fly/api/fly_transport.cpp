#include "targets/fly/api/fly_transport.h"

#include <algorithm>

namespace raxol::fly {

namespace {

ErrorKind kind_for_status(int status) {
  if (status == 401 || status == 403) return ErrorKind::auth;
  if (status == 404) return ErrorKind::not_found;
  if (status == 409 || status == 412) return ErrorKind::conflict;
  if (status == 408) return ErrorKind::timeout;
  return ErrorKind::api;
}

// The API's own words: `message` if present, else `error` (flaps/flaps.go handleAPIError).
std::string api_message(const nlohmann::json& body, const std::string& raw) {
  if (body.is_object()) {
    for (const char* key : {"message", "error"}) {
      auto found = body.find(key);
      if (found != body.end() && found->is_string() && !found->get<std::string>().empty())
        return found->get<std::string>();
    }
    auto errors = body.find("errors");
    if (errors != body.end() && errors->is_array() && !errors->empty() &&
        (*errors)[0].is_object())
      return (*errors)[0].value("message", std::string());
  }
  std::string text = raw.substr(0, 200);
  return text.empty() ? std::string("(no message)") : text;
}

}  // namespace

Result<FlyAnswer> FlyTransport::send(const FlyCall& call) {
  HttpRequest request(call.method, call.base + call.path);
  request.timeout = call.timeout;
  request.headers.emplace_back("Authorization", authorization_value(endpoints_.token));
  request.headers.emplace_back("Accept", "application/json");
  if (!call.lease_nonce.empty())
    request.headers.emplace_back("fly-machine-lease-nonce", call.lease_nonce);
  if (!call.body.is_null()) {
    request.headers.emplace_back("Content-Type", "application/json");
    request.body = call.body.dump();
  }
  request.final_statuses = call.final_statuses;
  request.retry_safe = call.retry_safe;

  auto response = http_.send(request);
  if (!response.ok()) {
    Error error = response.error();
    error.message = "Fly API: " + call.what + ": " + error.message;
    return error;
  }
  FlyAnswer answer;
  answer.status = response->status;
  if (!response->body.empty()) {
    answer.body = nlohmann::json::parse(response->body, nullptr, false);
    if (answer.body.is_discarded()) answer.body = nullptr;
  }
  const bool final_status = std::find(call.final_statuses.begin(), call.final_statuses.end(),
                                      response->status) != call.final_statuses.end();
  if (response->success() || final_status) return answer;

  Error error = make_error(kind_for_status(response->status),
                           "Fly API: " + call.what + ": HTTP " +
                               std::to_string(response->status) + ": " +
                               api_message(answer.body, response->body));
  error.http_status = response->status;
  if (auto request_id = response->header("fly-request-id"))
    error.notes.push_back("fly-request-id: " + *request_id);
  if (error.kind == ErrorKind::auth)
    error.notes.push_back("check FLY_API_TOKEN (or FLY_ACCESS_TOKEN) for this organization");
  return error;
}

}  // namespace raxol::fly
