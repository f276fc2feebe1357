// Base64 through libsodium (sodium_bin2base64 / sodium_base642bin), so that no hand-written
// codec exists anywhere: the standard alphabet with padding (HTTP Basic, GitHub secrets, Fly
// file contents) and the URL-safe alphabet without padding (JWTs).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace raxol {

enum class Base64Alphabet { standard, url };  // standard: "+/" and '=' padding; url: "-_", none

std::string base64_encode(std::string_view bytes, Base64Alphabet alphabet = Base64Alphabet::standard);
// Decodes `text`; padding is optional for both alphabets; nullopt on a character outside the
// alphabet.
std::optional<std::string> base64_decode(std::string_view text,
                                         Base64Alphabet alphabet = Base64Alphabet::standard);

}  // namespace raxol
