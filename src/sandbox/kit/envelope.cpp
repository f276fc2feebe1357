#include "sandbox/kit/envelope.h"

namespace raxol::sandbox::kit {

json Envelope::success(const json& result, const json&) const { return result; }

json FlyEnvelope::error(int, const std::string& message, int) const { return {{"error", message}}; }

std::string FlyEnvelope::bad_body_message() const {
  return "invalid request body: expected a JSON object";
}

std::string FlyEnvelope::invalid_request_message(const std::string& detail) const {
  return "invalid request body: " + detail;
}

int CloudflareEnvelope::code_for_status(int status) {
  // Authentication (10000), invalid upload JWT (8000013), no route (7003), rate limited (971),
  // internal error (8000000), validation (8000010): the codes clients key their handling on.
  if (status == 401) return 8000013;
  if (status == 403) return 10000;
  if (status == 404) return 7003;
  if (status == 429) return 971;
  if (status >= 500) return 8000000;
  return 8000010;
}

json CloudflareEnvelope::error(int status, const std::string& message, int code) const {
  return {
      {"success", false},
      {"errors",
       json::array({{{"code", code != 0 ? code : code_for_status(status)}, {"message", message}}})},
      {"messages", json::array()},
      {"result", nullptr}};
}

json CloudflareEnvelope::success(const json& result, const json& info) const {
  json body = {{"success", true},
               {"errors", json::array()},
               {"messages", json::array()},
               {"result", result}};
  if (!info.is_null()) body["result_info"] = info;
  return body;
}

std::string CloudflareEnvelope::bad_body_message() const {
  return "Request body is not a JSON object";
}

std::string CloudflareEnvelope::invalid_request_message(const std::string& detail) const {
  return "invalid request: " + detail;
}

json GitHubEnvelope::error(int, const std::string& message, int) const {
  return {{"message", message}, {"documentation_url", documentation_url_}};
}

std::string GitHubEnvelope::bad_body_message() const { return "Problems parsing JSON"; }

std::string GitHubEnvelope::invalid_request_message(const std::string& detail) const {
  return "Invalid request.\n\n" + detail;
}

}  // namespace raxol::sandbox::kit
