// The Machines API's app-level resources beside machines: secrets and certificates
// (/v1/apps/{app}/secrets, /v1/apps/{app}/certificates), as fly-go's flaps_secrets.go and
// flaps_certificates.go call them. Secret values go out in request bodies only; the client
// never asks for them back (no show_secrets).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "targets/fly/api/fly_transport.h"

namespace raxol::fly {

struct FlySecret {
  std::string name;
  std::string digest;
  std::string created_at;
  std::string updated_at;
};

class AppResourcesClient {
 public:
  explicit AppResourcesClient(FlyTransport& transport) : transport_(transport) {}

  Result<std::vector<FlySecret>> list_secrets(const std::string& app);
  // One call for every change: a string sets, null removes. Returns the app's new secrets
  // version, which later machine creates/updates pass as min_secrets_version.
  Result<int64_t> update_secrets(const std::string& app, const nlohmann::json& values);

  // CertificateDetail objects as the API returns them.
  Result<nlohmann::json> add_acme_certificate(const std::string& app, const std::string& host);
  Result<nlohmann::json> get_certificate(const std::string& app, const std::string& host);
  Result<nlohmann::json> check_certificate(const std::string& app, const std::string& host);
  Result<std::vector<nlohmann::json>> list_certificates(const std::string& app);
  Status delete_certificate(const std::string& app, const std::string& host);

 private:
  Result<FlyAnswer> send(FlyCall call);
  FlyTransport& transport_;
};

}  // namespace raxol::fly
