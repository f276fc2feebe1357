#include "sandbox/cloudflare_pages/asset_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "util/file_write.h"

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
  // The file is the content type's line, then the bytes.
  return write_file_atomically(path_of(key), {content_type, "\n", bytes});
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
