// Small string helpers used across the code base: one definition each.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace raxol {

// ASCII lower case ("Raxol.IO" -> "raxol.io"); bytes outside A-Z are kept.
std::string lower(std::string_view text);
// ASCII upper case ("get" -> "GET").
std::string upper(std::string_view text);
// Without leading and trailing spaces, tabs, CR and LF.
std::string trim(std::string_view text);
// The text up to the first '\n' (all of it when there is none).
std::string first_line(std::string_view text);
// `items` joined by `separator`: join({"a", "b"}, ", ") == "a, b".
std::string join(const std::vector<std::string>& items, std::string_view separator);
// Pieces between `separator` characters, empty ones included: split("a,,b", ',') == {a, "", b}.
std::vector<std::string> split(std::string_view text, char separator);
// Lower-case hexadecimal of `size` bytes.
std::string to_hex(const unsigned char* bytes, size_t size);
std::string to_hex(std::string_view bytes);
// A size for people: "512 B", "1.5 KiB", "23.4 MiB", "1.2 GiB".
std::string format_bytes(std::uint64_t bytes);

}  // namespace raxol
