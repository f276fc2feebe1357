// Base64 through libsodium (sodium_bin2base64 / sodium_base642bin), so that no hand-written
// codec exists anywhere: the standard alphabet with padding (HTTP Basic, GitHub secrets, Fly
// file contents) and the URL-safe alphabet without padding (JWTs).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace raxol {

enum class Base64Alphabet { standard, url };  // standard: "+/" and '=' padding; url: "-_", none

std::string base64_encode(std::string_view bytes, Base64Alphabet alphabet = Base64Alphabet::standard);
// Characters that `size` bytes encode to in the standard alphabet, padding included.
constexpr size_t base64_length(size_t size) { return (size + 2) / 3 * 4; }
// Appends the standard encoding of `bytes` to `out` with no temporary string: Cloudflare's asset
// hashing and upload bodies encode whole files piece by piece (only the last piece may have a
// size that is not a multiple of 3, since padding ends an encoding).
void base64_append(std::string& out, std::string_view bytes);
// The size of the pieces such callers read: a multiple of 3, so that every piece but the last
// encodes without padding.
constexpr size_t kBase64PieceBytes = 48 * 1024;
// Decodes `text`; padding is optional for both alphabets; nullopt on a character outside the
// alphabet.
std::optional<std::string> base64_decode(std::string_view text,
                                         Base64Alphabet alphabet = Base64Alphabet::standard);

}  // namespace raxol
