#include "sandbox/registry/registry_store.h"

#include "sandbox/registry/registry_state.h"

namespace raxol::sandbox::registry {

std::string registry_host(const std::string& base_url) {
  auto scheme = base_url.find("://");
  std::string host = scheme == std::string::npos ? base_url : base_url.substr(scheme + 3);
  auto slash = host.find('/');
  return slash == std::string::npos ? host : host.substr(0, slash);
}

std::optional<std::string> find_manifest_digest(const std::filesystem::path& state_dir,
                                                const std::string& repository,
                                                const std::string& reference) {
  std::string digest;
  RegistryState::open(state_dir)->read([&](const json& document) {
    if (const json* record = find_repository(document, repository))
      digest = resolve_manifest(*record, reference);
  });
  if (digest.empty()) return std::nullopt;
  return digest;
}

}  // namespace raxol::sandbox::registry
