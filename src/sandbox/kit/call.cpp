#include "sandbox/kit/call.h"

#include "util/time_format.h"

namespace raxol::sandbox::kit {

Call::Call(const httplib::Request& request_, httplib::Response& response_,
           const Envelope& envelope_, Clock& clock_)
    : request(request_),
      response(response_),
      envelope(envelope_),
      clock(clock_),
      now(epoch_ms(clock_.now())) {}

std::string Call::path_param(size_t index) const {
  return index > 0 && index < request.matches.size() ? request.matches[index].str() : std::string();
}

std::string Call::query(const std::string& name, const std::string& fallback) const {
  return request.has_param(name) ? request.get_param_value(name) : fallback;
}

bool Call::has_query(const std::string& name) const { return request.has_param(name); }

std::vector<std::string> Call::query_values(const std::string& name) const {
  std::vector<std::string> values;
  for (size_t i = 0; i < request.get_param_value_count(name); ++i)
    values.push_back(request.get_param_value(name, i));
  return values;
}

bool Call::query_bool(const std::string& name, bool fallback) const {
  if (!has_query(name)) return fallback;
  const std::string value = query(name);
  if (value == "true" || value == "1" || value.empty()) return true;
  if (value == "false" || value == "0") return false;
  return fallback;
}

std::optional<std::int64_t> Call::query_int(const std::string& name, std::int64_t fallback) const {
  if (!has_query(name)) return fallback;
  try {
    return std::stoll(query(name));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string Call::header(const std::string& name) const { return request.get_header_value(name); }

std::string Call::bearer_token() const {
  const std::string value = header("Authorization");
  for (std::string_view scheme : {"Bearer ", "FlyV1 ", "bearer ", "token "})
    if (value.rfind(scheme, 0) == 0) return value.substr(scheme.size());
  return {};
}

std::optional<json> Call::json_body() { return json_body(envelope.bad_body_message()); }

std::optional<json> Call::json_body(const std::string& message) {
  if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) return json::object();
  json parsed = json::parse(request.body, nullptr, false);
  if (parsed.is_null() && envelope.null_body_is_empty()) return json::object();
  if (parsed.is_discarded() || !parsed.is_object()) {
    error(400, message);
    return std::nullopt;
  }
  return parsed;
}

void Call::reply(int status, const json& body) { write_json(response, status, body); }

void Call::ok(const json& result, int status, const json& info) {
  reply(status, envelope.success(result, info));
}

void Call::error(int status, const std::string& message) { error(status, 0, message); }

void Call::error(int status, int code, const std::string& message) {
  reply(status, envelope.error(status, message, code));
}

void Call::no_content(int status) {
  response.status = status;
  response.body.clear();
}

void Call::text(int status, const std::string& body, const std::string& content_type) {
  response.status = status;
  response.set_content(body, content_type);
}

void Call::refresh_now() { now = epoch_ms(clock.now()); }

void write_json(httplib::Response& response, int status, const json& body) {
  response.status = status;
  response.set_content(body.dump(), "application/json");
}

}  // namespace raxol::sandbox::kit
