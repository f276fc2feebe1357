// Seals a secret value for GitHub: libsodium's crypto_box_seal to the repository's public key
// (an anonymous sender, so only GitHub's private key opens it), base64 as GitHub expects.
#pragma once

#include <string>

#include "raxol/result.h"

namespace raxol::github_pages {

// `public_key` is the base64 "key" of GET actions/secrets/public-key. The result is the
// base64 "encrypted_value". Errors never quote the value.
Result<std::string> seal_secret(const std::string& value, const std::string& public_key);

}  // namespace raxol::github_pages
