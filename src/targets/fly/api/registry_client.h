// The registry's own view of a pushed image, asked over the distribution API (OCI v1.1) with
// the same token the Fly APIs take (user `x`): after a push, the manifest digest is checked
// against what the builder reported, and the image size read from the manifest. Loopback
// registries (the sandbox) are spoken to over plain HTTP, every other one over HTTPS.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "raxol/http.h"
#include "raxol/redact.h"
#include "targets/kit/json_api.h"

namespace raxol::fly {

struct ManifestInfo {
  std::string digest;      // Docker-Content-Digest
  std::string media_type;  // Content-Type
  std::uint64_t size = 0;  // config + layers (or the manifests of an index), compressed
};

// The media types we ask for: an image manifest or index, OCI or Docker.
extern const char* const kManifestAccept;

class RegistryClient {
 public:
  RegistryClient(HttpClient& http, std::string host, std::string token, Redactor& redactor);

  // HEAD /v2/REPO/manifests/REFERENCE: the digest and media type (size stays 0).
  Result<ManifestInfo> head_manifest(const std::string& repository, const std::string& reference);
  // GET: also the size, summed from the manifest's descriptors.
  Result<ManifestInfo> get_manifest(const std::string& repository, const std::string& reference);

  std::string base_url() const;

 private:
  Result<ApiAnswer> send(const std::string& method, const std::string& repository,
                         const std::string& reference);
  // Answers a 401's challenge: Basic directly, or Bearer through the token endpoint.
  Status authenticate(const std::string& challenge, const std::string& repository);

  std::string host_;
  std::string token_;
  Redactor& redactor_;
  JsonApi api_;
  std::string authorization_;  // what the last challenge asked for
};

// `Bearer realm="https://x/token",service="x"` → {"scheme": "bearer", "realm": ..., ...}.
std::optional<std::map<std::string, std::string>> parse_challenge(const std::string& header);

}  // namespace raxol::fly
