#include "sandbox/registry/blob_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <vector>

#include "util/digest.h"

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
  static std::atomic<unsigned long> counter{0};
  const auto path = path_of(digest);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const std::string temp = path.string() + ".tmp" + std::to_string(::getpid()) + "." +
                           std::to_string(counter.fetch_add(1));
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = true;
  size_t written = 0;
  while (ok && written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0)
      ok = false;
    else
      written += static_cast<size_t>(n);
  }
  ::close(fd);
  if (ok) ok = ::rename(temp.c_str(), path.c_str()) == 0;
  if (!ok) ::unlink(temp.c_str());
  return ok;
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
