#include "sandbox/cloudflare_pages/upload_jwt.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "util/base64.h"
#include "util/sodium.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

std::string base64url(std::string_view bytes) { return base64_encode(bytes, Base64Alphabet::url); }

std::string signature(const std::string& signed_part, const std::string& secret) {
  ensure_sodium();
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()),
                              secret.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(signed_part.data()),
                                signed_part.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return base64url(std::string(reinterpret_cast<const char*>(mac), sizeof mac));
}

}  // namespace

std::string issue_upload_jwt(const PagesEmulatorSettings& settings, const std::string& project,
                             std::int64_t now_seconds) {
  const std::string header = base64url(R"({"alg":"HS256","typ":"JWT"})");
  const std::string payload = base64url(nlohmann::json{
      {"exp", now_seconds + settings.jwt_ttl_seconds},
      {"iat", now_seconds},
      {"max_file_count_allowed", settings.max_file_count_allowed},
      {"account_id", settings.account_id},
      {"project_name", project}}.dump());
  const std::string signed_part = header + "." + payload;
  return signed_part + "." + signature(signed_part, settings.jwt_secret);
}

JwtCheck check_upload_jwt(const std::string& token, const std::string& secret,
                          std::int64_t now_seconds) {
  JwtCheck check;
  auto first = token.find('.');
  auto second = first == std::string::npos ? first : token.find('.', first + 1);
  if (second == std::string::npos) return check;
  const std::string signed_part = token.substr(0, second);
  const std::string given = token.substr(second + 1);
  const std::string wanted = signature(signed_part, secret);
  if (given.size() != wanted.size() ||
      sodium_memcmp(given.data(), wanted.data(), wanted.size()) != 0)
    return check;
  auto payload = base64_decode(token.substr(first + 1, second - first - 1), Base64Alphabet::url);
  if (!payload) return check;
  auto claims = nlohmann::json::parse(*payload, nullptr, false);
  if (!claims.is_object() || !claims.contains("exp") || !claims["exp"].is_number_integer())
    return check;
  check.project = claims.value("project_name", "");
  check.verdict =
      claims["exp"].get<std::int64_t>() <= now_seconds ? JwtVerdict::expired : JwtVerdict::valid;
  return check;
}

}  // namespace raxol::sandbox::cloudflare_pages
