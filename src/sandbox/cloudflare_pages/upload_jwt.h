// Upload JWTs as the emulator issues them (protocol notes §12.3): base64url(header).
// base64url(payload).base64url(HMAC-SHA256 signature) with a sandbox secret; the payload holds
// exp, iat, max_file_count_allowed, account_id and project_name. Every asset call checks the
// signature and `exp`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sandbox/cloudflare_pages/pages_settings.h"

namespace raxol::sandbox::cloudflare_pages {

std::string issue_upload_jwt(const PagesEmulatorSettings& settings, const std::string& project,
                             std::int64_t now_seconds);

enum class JwtVerdict { valid, invalid, expired };

struct JwtCheck {
  JwtVerdict verdict = JwtVerdict::invalid;
  std::string project;  // the project_name claim of a valid token
};

JwtCheck check_upload_jwt(const std::string& token, const std::string& secret,
                          std::int64_t now_seconds);

}  // namespace raxol::sandbox::cloudflare_pages
