// Base64 as the asset protocol needs it: the standard alphabet with '=' padding and no line
// breaks (Node's Buffer#toString("base64")), encoded in pieces so that files are never held
// whole; and base64url decoding for the payload of the upload JWT.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace raxol::cloudflare_pages {

// Characters that `size` input bytes encode to, padding included.
constexpr size_t base64_length(size_t size) { return (size + 2) / 3 * 4; }

// Encodes `size` bytes into `out` (base64_length(size) characters). Only the last piece of a
// stream may have a size that is not a multiple of 3, since padding ends the encoding.
void base64_encode(const unsigned char* data, size_t size, char* out);

// Appends the encoding of `bytes` to `out`.
void base64_append(std::string& out, std::string_view bytes);

// Decodes base64url (or standard) text, padding optional; nullopt on a bad character.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace raxol::cloudflare_pages
