// The emulator's content-addressed asset store: one file per asset key under
// STATE/cloudflare-pages/assets/<first two hex digits>/<key>, holding the content type, a
// newline, then the bytes. Files rather than JSON, so that 20,000 assets stay cheap to check
// and to serve; written to a temporary name and renamed, so concurrent uploads of the same key
// never expose half a file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace raxol::sandbox::cloudflare_pages {

// 32 lower-case hex digits: the only key shape the service accepts.
bool valid_asset_key(std::string_view key);

struct StoredAsset {
  std::string content_type;
  std::string bytes;
};

class AssetStore {
 public:
  explicit AssetStore(std::filesystem::path dir) : dir_(std::move(dir)) {}

  bool has(std::string_view key) const;
  bool put(std::string_view key, std::string_view content_type, std::string_view bytes);
  std::optional<StoredAsset> get(std::string_view key) const;

 private:
  std::filesystem::path path_of(std::string_view key) const;
  std::filesystem::path dir_;
};

}  // namespace raxol::sandbox::cloudflare_pages
