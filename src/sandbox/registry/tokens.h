// The bearer tokens /token issues: random, and kept in the state only as their sha256, so the
// state directory never holds a credential. Access tokens expire after the settings'
// token_ttl_seconds on the emulator's clock; refresh tokens (docker's offline_token, an
// OAuth2 password grant) do not, and only buy new access tokens.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::registry {

enum class TokenKind { access, refresh };

// A new token of `kind`, recorded in the registry document (expired ones are dropped).
std::string issue_token(nlohmann::json& document, TokenKind kind, std::int64_t now_ms,
                        int ttl_seconds);
// Whether `token` was issued as `kind` and has not expired.
bool token_valid(const nlohmann::json& document, const std::string& token, TokenKind kind,
                 std::int64_t now_ms);

}  // namespace raxol::sandbox::registry
