#include "targets/fly/api/fly_transport.h"

#include "util/json_fields.h"

namespace raxol::fly {

namespace {

// The API's own words: `message` if present, else `error` (flaps/flaps.go handleAPIError), else
// the first of GraphQL's `errors`.
ApiFailure read_failure(const ApiAnswer& answer) {
  ApiFailure failure;
  for (const char* key : {"message", "error"}) {
    failure.message = string_field(answer.body, key);
    if (!failure.message.empty()) return failure;
  }
  if (answer.body.is_object() && answer.body.contains("errors") && answer.body["errors"].is_array() &&
      !answer.body["errors"].empty())
    failure.message = string_field(answer.body["errors"][0], "message");
  return failure;
}

ErrorPolicy fly_policy() {
  ErrorPolicy policy;
  policy.service = "Fly API";
  policy.read_failure = read_failure;
  policy.auth_hint = "check FLY_API_TOKEN (or FLY_ACCESS_TOKEN) for this organization";
  policy.request_id_header = "fly-request-id";
  return policy;
}

}  // namespace

FlyTransport::FlyTransport(HttpClient& http, FlyEndpoints endpoints)
    : endpoints_(std::move(endpoints)),
      api_(http, fly_policy(), {{"Authorization", authorization_value(endpoints_.token)}}) {}

Result<FlyAnswer> FlyTransport::send(const FlyCall& call) {
  ApiCall api_call(call.method, call.base + call.path, call.what);
  api_call.timeout = call.timeout;
  if (!call.lease_nonce.empty()) api_call.headers.emplace_back("fly-machine-lease-nonce", call.lease_nonce);
  if (!call.body.is_null()) api_call.body = call.body.dump();
  api_call.final_statuses = call.final_statuses;
  api_call.retry_safe = call.retry_safe;
  RAXOL_ASSIGN_OR_RETURN(ApiAnswer answer, api_.send(api_call));
  return FlyAnswer{answer.status, std::move(answer.body)};
}

}  // namespace raxol::fly
