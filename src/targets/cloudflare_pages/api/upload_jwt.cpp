#include "targets/cloudflare_pages/api/upload_jwt.h"

#include <nlohmann/json.hpp>

#include "util/base64.h"

namespace raxol::cloudflare_pages {

UploadJwt decode_upload_jwt(std::string token) {
  UploadJwt jwt;
  jwt.token = std::move(token);
  auto first = jwt.token.find('.');
  auto second = first == std::string::npos ? first : jwt.token.find('.', first + 1);
  if (second == std::string::npos) return jwt;
  auto payload =
      base64_decode(std::string_view(jwt.token).substr(first + 1, second - first - 1), Base64Alphabet::url);
  if (!payload) return jwt;
  auto claims = nlohmann::json::parse(*payload, nullptr, false);
  if (!claims.is_object()) return jwt;
  if (claims.contains("exp") && claims["exp"].is_number())
    jwt.exp = claims["exp"].get<std::int64_t>();
  if (claims.contains("iat") && claims["iat"].is_number())
    jwt.iat = claims["iat"].get<std::int64_t>();
  if (claims.contains("max_file_count_allowed") && claims["max_file_count_allowed"].is_number()) {
    auto count = claims["max_file_count_allowed"].get<double>();
    if (count >= 1) jwt.max_file_count = static_cast<std::size_t>(count);
  }
  return jwt;
}

}  // namespace raxol::cloudflare_pages
