#include "sandbox/registry/registry_auth.h"

#include "sandbox/registry/registry_store.h"
#include "util/base64.h"

namespace raxol::sandbox::registry {

std::optional<std::string> basic_password(const std::string& authorization) {
  for (std::string scheme : {"Basic ", "basic "}) {
    if (authorization.rfind(scheme, 0) != 0) continue;
    auto decoded = base64_decode(authorization.substr(scheme.size()));
    if (!decoded) return std::nullopt;
    auto colon = decoded->find(':');
    if (colon == std::string::npos) return std::nullopt;
    return decoded->substr(colon + 1);
  }
  return std::nullopt;
}

std::string challenge(const RegistrySettings& settings, const std::string& base_url,
                      const std::string& scope, bool invalid_token) {
  const std::string host = registry_host(base_url);
  if (settings.basic_only()) return "Basic realm=\"" + host + "\"";
  std::string value = "Bearer realm=\"" + base_url + "/token\",service=\"" + host + "\"";
  if (!scope.empty()) value += ",scope=\"" + scope + "\"";
  if (invalid_token) value += ",error=\"invalid_token\"";
  return value;
}

}  // namespace raxol::sandbox::registry
