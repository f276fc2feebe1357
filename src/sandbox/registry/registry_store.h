// The registry emulator's public face for the other emulators: which host it answers as, and
// which manifest an image reference names. The Fly emulator asks it when a machine is created
// with an image of the sandbox registry, as the real platform resolves the image it pulls.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace raxol::sandbox::registry {

// "127.0.0.1:PORT" of the sandbox's base URL "http://127.0.0.1:PORT": the host image
// references name the sandbox registry by, and FLY_REGISTRY_HOST.
std::string registry_host(const std::string& base_url);

// The digest of the manifest that `reference` (a tag, or a digest "sha256:...") names in
// `repository` of the registry kept in `state_dir`; nullopt when there is none.
std::optional<std::string> find_manifest_digest(const std::filesystem::path& state_dir,
                                                const std::string& repository,
                                                const std::string& reference);

}  // namespace raxol::sandbox::registry
