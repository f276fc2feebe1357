// How each emulated service shapes its answers: the error envelope (used for the service's own
// errors, for routing errors and for injected faults), the success envelope, and the words of
// a 400 for a body the service cannot read. One policy per service; kit::Call answers through
// it, so no route writes an envelope by hand.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::kit {

using nlohmann::json;

class Envelope {
 public:
  virtual ~Envelope() = default;
  // The body of an error answer. `code` is the service's own error number where it has them
  // (Cloudflare); 0 lets the policy pick the one the service uses for `status`.
  virtual json error(int status, const std::string& message, int code) const = 0;
  // The body of a successful answer around `result` (`info`: Cloudflare's result_info).
  virtual json success(const json& result, const json& info) const;
  // The message of the 400 for a body that is not a JSON object.
  virtual std::string bad_body_message() const = 0;
  // The message of the 400 for a body field of the wrong type (`detail` says which).
  virtual std::string invalid_request_message(const std::string& detail) const = 0;
  // Whether a JSON `null` body means "no body" (fly-go sends one for a nil request).
  virtual bool null_body_is_empty() const { return false; }
};

// The Fly Machines and web APIs: {"error": message}.
class FlyEnvelope : public Envelope {
 public:
  json error(int status, const std::string& message, int code) const override;
  std::string bad_body_message() const override;
  std::string invalid_request_message(const std::string& detail) const override;
  bool null_body_is_empty() const override { return true; }
};

// Cloudflare's v4 API: {"success": false, "errors": [{code, message}], "messages": [],
// "result": null}, and {"success": true, "errors": [], "messages": [], "result"[,
// "result_info"]} around results.
class CloudflareEnvelope : public Envelope {
 public:
  json error(int status, const std::string& message, int code) const override;
  json success(const json& result, const json& info) const override;
  std::string bad_body_message() const override;
  std::string invalid_request_message(const std::string& detail) const override;
  // The code Cloudflare answers `status` with when the emulator has no more precise one.
  static int code_for_status(int status);
};

// GitHub's REST API: {"message", "documentation_url"}; the URL differs per group of routes.
class GitHubEnvelope : public Envelope {
 public:
  explicit GitHubEnvelope(std::string documentation_url = "https://docs.github.com/rest")
      : documentation_url_(std::move(documentation_url)) {}
  json error(int status, const std::string& message, int code) const override;
  std::string bad_body_message() const override;
  std::string invalid_request_message(const std::string& detail) const override;
  const std::string& documentation_url() const { return documentation_url_; }

 private:
  std::string documentation_url_;
};

// The error codes of the OCI distribution spec (v1.1, "Error Codes"), as the numbers
// Envelope::error takes for `code`; DistributionEnvelope writes their names. `unknown` is the
// reference registry's (distribution/distribution) code for a server error, which the spec
// leaves to the registry.
enum class RegistryCode : int {
  blob_unknown = 1,
  blob_upload_invalid,
  blob_upload_unknown,
  digest_invalid,
  manifest_blob_unknown,
  manifest_invalid,
  manifest_unknown,
  name_invalid,
  name_unknown,
  size_invalid,
  unauthorized,
  denied,
  unsupported,
  toomanyrequests,
  unknown,
};

// Container registries (OCI distribution): {"errors": [{"code": "MANIFEST_UNKNOWN",
// "message"}]}; a route that has a detail to give adds "detail" to the error.
class DistributionEnvelope : public Envelope {
 public:
  json error(int status, const std::string& message, int code) const override;
  std::string bad_body_message() const override;
  std::string invalid_request_message(const std::string& detail) const override;
  // "BLOB_UNKNOWN", ...
  static std::string code_name(RegistryCode code);
  // The spec's words for the code ("manifest unknown"), which clients print after it.
  static std::string code_message(RegistryCode code);
  // The code a registry answers `status` with when the route names none (injected faults).
  static RegistryCode code_for_status(int status);
};

}  // namespace raxol::sandbox::kit
