// The registry's world: one JSON document in STATE/registry.json, shared by every process that
// serves the state directory, plus content files under STATE/registry/ (blob_files.h,
// uploads.h). Content is stored once by digest; a repository only holds links to it, so a blob
// pushed to one repository is unknown to another until it is pushed or mounted there too.
//
// Layout:
//   {"repositories": {"<name>": {"blobs": {"<digest>": size},
//                                "manifests": {"<digest>": {media_type, size}},
//                                "tags": {"<tag>": "<manifest digest>"}}},
//    "tokens": {"<sha256 of the token>": {kind: "access"|"refresh", expires_ms (0: never)}}}
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "sandbox/state_file.h"

namespace raxol::sandbox::registry {

using nlohmann::json;

class RegistryState {
 public:
  // The one instance for `state_dir` in this process while anyone holds it: the emulator and
  // the Fly emulator's image lookups share it, so a lookup sees a push at once rather than
  // after the write-behind save (another process sees it after the save, under the lock).
  static std::shared_ptr<RegistryState> open(const std::filesystem::path& state_dir);
  explicit RegistryState(const std::filesystem::path& state_dir);

  void read(const std::function<void(const json&)>& read) { file_.read(read); }
  // `update` returns whether it changed the document.
  void update(const std::function<bool(json&)>& update) { file_.update(update); }
  // STATE/registry: the content files.
  const std::filesystem::path& content_dir() const { return content_dir_; }

 private:
  StateFile file_;
  std::filesystem::path content_dir_;
};

// The repository record, or nullptr when nothing was ever pushed to `name`.
const json* find_repository(const json& document, const std::string& name);
// The repository record, created empty when missing.
json& repository_record(json& document, const std::string& name);
// The digest a tag or digest `reference` names in the repository: a digest must be one of its
// manifests; "" when there is none.
std::string resolve_manifest(const json& repository, const std::string& reference);

}  // namespace raxol::sandbox::registry
