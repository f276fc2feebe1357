#include "sandbox/kit/envelope.h"

#include <array>
#include <utility>

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

namespace {

// Name and message of each RegistryCode, in the enum's order (the messages are the spec's).
constexpr std::array<std::pair<const char*, const char*>, 15> kRegistryCodes = {{
    {"BLOB_UNKNOWN", "blob unknown to registry"},
    {"BLOB_UPLOAD_INVALID", "blob upload invalid"},
    {"BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry"},
    {"DIGEST_INVALID", "provided digest did not match uploaded content"},
    {"MANIFEST_BLOB_UNKNOWN", "manifest references a manifest or blob unknown to registry"},
    {"MANIFEST_INVALID", "manifest invalid"},
    {"MANIFEST_UNKNOWN", "manifest unknown to registry"},
    {"NAME_INVALID", "invalid repository name"},
    {"NAME_UNKNOWN", "repository name not known to registry"},
    {"SIZE_INVALID", "provided length did not match content length"},
    {"UNAUTHORIZED", "authentication required"},
    {"DENIED", "requested access to the resource is denied"},
    {"UNSUPPORTED", "the operation is unsupported"},
    {"TOOMANYREQUESTS", "too many requests"},
    {"UNKNOWN", "unknown error"},
}};

const std::pair<const char*, const char*>& registry_code(RegistryCode code) {
  const auto index = static_cast<size_t>(code) - 1;
  return kRegistryCodes[index < kRegistryCodes.size() ? index : kRegistryCodes.size() - 1];
}

}  // namespace

std::string DistributionEnvelope::code_name(RegistryCode code) { return registry_code(code).first; }

std::string DistributionEnvelope::code_message(RegistryCode code) {
  return registry_code(code).second;
}

RegistryCode DistributionEnvelope::code_for_status(int status) {
  switch (status) {
    case 401:
      return RegistryCode::unauthorized;
    case 403:
      return RegistryCode::denied;
    case 404:
      return RegistryCode::name_unknown;
    case 413:
      return RegistryCode::size_invalid;
    case 416:
      return RegistryCode::blob_upload_invalid;
    case 429:
      return RegistryCode::toomanyrequests;
    default:
      return status >= 500 ? RegistryCode::unknown : RegistryCode::unsupported;
  }
}

json DistributionEnvelope::error(int status, const std::string& message, int code) const {
  const RegistryCode named = code != 0 ? static_cast<RegistryCode>(code) : code_for_status(status);
  return {{"errors", json::array({{{"code", code_name(named)}, {"message", message}}})}};
}

std::string DistributionEnvelope::bad_body_message() const {
  return "the request body is not a JSON object";
}

std::string DistributionEnvelope::invalid_request_message(const std::string& detail) const {
  return "invalid request: " + detail;
}

}  // namespace raxol::sandbox::kit
