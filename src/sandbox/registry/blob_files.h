// Content stored once by digest, whatever repositories link it: blobs and manifests under
// STATE/registry/blobs/<algorithm>/<first two hex digits>/<hex>. Written to a temporary name
// and renamed, so concurrent pushes of the same content never expose half a file; the names
// come only from checked digests (util/digest.h is_supported_digest), never from a raw path.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace raxol::sandbox::registry {

class BlobFiles {
 public:
  explicit BlobFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // The file of `digest`, which must be a supported digest.
  std::filesystem::path path_of(const std::string& digest) const;
  std::optional<std::uintmax_t> size_of(const std::string& digest) const;
  bool put(const std::string& digest, std::string_view bytes) const;
  // Moves `file` (a finished upload in the same state directory) into place as `digest`.
  bool adopt(const std::filesystem::path& file, const std::string& digest) const;
  std::optional<std::string> read(const std::string& digest) const;

 private:
  std::filesystem::path dir_;
};

// The "<algorithm>:<hex>" digest of a file's content, read in pieces; nullopt when the
// algorithm is not supported or the file cannot be read.
std::optional<std::string> file_digest(const std::filesystem::path& file,
                                       std::string_view algorithm);

}  // namespace raxol::sandbox::registry
