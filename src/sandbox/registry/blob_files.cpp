#include "sandbox/registry/blob_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "util/digest.h"
#include "util/file_write.h"

namespace raxol::sandbox::registry {

namespace fs = std::filesystem;

std::filesystem::path BlobFiles::path_of(const std::string& digest) const {
  const std::string algorithm = digest_algorithm(digest);
  const std::string hex = digest.substr(algorithm.size() + 1);
  return dir_ / algorithm / hex.substr(0, 2) / hex;
}

std::optional<std::uintmax_t> BlobFiles::size_of(const std::string& digest) const {
  std::error_code ec;
  auto size = fs::file_size(path_of(digest), ec);
  if (ec) return std::nullopt;
  return size;
}

bool BlobFiles::put(const std::string& digest, std::string_view bytes) const {
  return write_file_atomically(path_of(digest), {bytes});
}

bool BlobFiles::adopt(const fs::path& file, const std::string& digest) const {
  const auto path = path_of(digest);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  fs::rename(file, path, ec);
  return !ec;
}

std::optional<std::string> BlobFiles::read(const std::string& digest) const {
  std::ifstream in(path_of(digest), std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::optional<std::string> file_digest(const fs::path& file, std::string_view algorithm) {
  auto digester = Digester::for_algorithm(algorithm);
  std::ifstream in(file, std::ios::binary);
  if (!digester || !in) return std::nullopt;
  std::vector<char> piece(1 << 16);
  while (in) {
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    digester->update(std::string_view(piece.data(), static_cast<size_t>(in.gcount())));
  }
  if (in.bad()) return std::nullopt;
  return digester->finish();
}

}  // namespace raxol::sandbox::registry
