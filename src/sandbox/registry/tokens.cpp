#include "sandbox/registry/tokens.h"

#include "util/digest.h"
#include "util/ids.h"
#include "util/json_fields.h"

namespace raxol::sandbox::registry {

namespace {

const char* kind_name(TokenKind kind) { return kind == TokenKind::access ? "access" : "refresh"; }

}  // namespace

std::string issue_token(nlohmann::json& document, TokenKind kind, std::int64_t now_ms,
                        int ttl_seconds) {
  auto& tokens = document["tokens"];
  if (!tokens.is_object()) tokens = nlohmann::json::object();
  for (auto it = tokens.begin(); it != tokens.end();) {
    const std::int64_t expires = int_field(*it, "expires_ms");
    it = expires != 0 && expires <= now_ms ? tokens.erase(it) : std::next(it);
  }
  const std::string token = "sandbox-registry-" + random_hex(24);
  tokens[sha256_digest(token)] = {
      {"kind", kind_name(kind)},
      {"expires_ms", kind == TokenKind::access ? now_ms + ttl_seconds * std::int64_t{1000} : 0}};
  return token;
}

bool token_valid(const nlohmann::json& document, const std::string& token, TokenKind kind,
                 std::int64_t now_ms) {
  if (token.empty() || !document.contains("tokens") || !document["tokens"].is_object())
    return false;
  const auto& tokens = document["tokens"];
  auto found = tokens.find(sha256_digest(token));
  if (found == tokens.end() || string_field(*found, "kind") != kind_name(kind)) return false;
  const std::int64_t expires = int_field(*found, "expires_ms");
  return expires == 0 || now_ms < expires;
}

}  // namespace raxol::sandbox::registry
