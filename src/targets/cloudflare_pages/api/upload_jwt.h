// The upload JWT's claims that clients read (protocol notes §2.3): `exp` and
// `max_file_count_allowed`. The signature is the service's business; the payload is only
// base64url-decoded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace raxol::cloudflare_pages {

struct UploadJwt {
  std::string token;                // never printed
  std::optional<std::int64_t> exp;  // seconds since the epoch; none: never expires
  std::optional<std::int64_t> iat;
  std::size_t max_file_count = 20'000;  // the default when the claim is absent or not a number
};

// Reads the claims; a token that cannot be decoded keeps the defaults (it is still usable).
UploadJwt decode_upload_jwt(std::string token);

}  // namespace raxol::cloudflare_pages
