#include "targets/cloudflare_pages/deploy/site_manifest.h"

#include <nlohmann/json.hpp>

#include "targets/cloudflare_pages/assets/asset_hash.h"

namespace raxol::cloudflare_pages {

std::string manifest_json(const std::vector<Asset>& assets) {
  std::string json = "{";
  for (size_t i = 0; i < assets.size(); ++i) {
    if (i > 0) json += ',';
    json += nlohmann::json("/" + assets[i].path).dump();
    json += ":\"" + assets[i].hash + "\"";
  }
  json += '}';
  return json;
}

std::string site_digest(const std::vector<Asset>& assets, const std::optional<std::string>& headers,
                        const std::optional<std::string>& redirects) {
  std::string text;
  text.reserve(assets.size() * 64);
  for (const auto& asset : assets) {
    text += asset.path;
    text += '\0';
    text += asset.hash;
    text += '\n';
  }
  // The rule files enter by their own hashes, so their size does not matter.
  text += "_headers\0" + (headers ? blake3_hex(*headers) : std::string("-")) + "\n";
  text += "_redirects\0" + (redirects ? blake3_hex(*redirects) : std::string("-")) + "\n";
  return blake3_hex(text, 16);
}

}  // namespace raxol::cloudflare_pages
