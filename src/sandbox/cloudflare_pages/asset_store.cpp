#include "sandbox/cloudflare_pages/asset_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

namespace raxol::sandbox::cloudflare_pages {

bool valid_asset_key(std::string_view key) {
  if (key.size() != 32) return false;
  for (char c : key)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::filesystem::path AssetStore::path_of(std::string_view key) const {
  return dir_ / std::string(key.substr(0, 2)) / std::string(key);
}

bool AssetStore::has(std::string_view key) const {
  struct stat info {};
  return valid_asset_key(key) && ::stat(path_of(key).c_str(), &info) == 0;
}

bool AssetStore::put(std::string_view key, std::string_view content_type, std::string_view bytes) {
  static std::atomic<unsigned long> counter{0};
  const auto path = path_of(key);
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  const std::string temp = path.string() + ".tmp" + std::to_string(::getpid()) + "." +
                           std::to_string(counter.fetch_add(1));
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  std::string head = std::string(content_type) + "\n";
  bool ok = ::write(fd, head.data(), head.size()) == static_cast<ssize_t>(head.size());
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

std::optional<StoredAsset> AssetStore::get(std::string_view key) const {
  if (!valid_asset_key(key)) return std::nullopt;
  std::ifstream in(path_of(key), std::ios::binary);
  if (!in) return std::nullopt;
  StoredAsset asset;
  std::getline(in, asset.content_type);
  std::stringstream bytes;
  bytes << in.rdbuf();
  asset.bytes = bytes.str();
  return asset;
}

}  // namespace raxol::sandbox::cloudflare_pages
