#include "targets/cloudflare_pages/assets/base64.h"

#include <array>

namespace raxol::cloudflare_pages {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
}  // namespace

void base64_encode(const unsigned char* data, size_t size, char* out) {
  size_t i = 0;
  for (; i + 3 <= size; i += 3) {
    unsigned value = (unsigned(data[i]) << 16) | (unsigned(data[i + 1]) << 8) | data[i + 2];
    *out++ = kAlphabet[(value >> 18) & 63];
    *out++ = kAlphabet[(value >> 12) & 63];
    *out++ = kAlphabet[(value >> 6) & 63];
    *out++ = kAlphabet[value & 63];
  }
  size_t rest = size - i;
  if (rest == 0) return;
  unsigned value = unsigned(data[i]) << 16;
  if (rest == 2) value |= unsigned(data[i + 1]) << 8;
  *out++ = kAlphabet[(value >> 18) & 63];
  *out++ = kAlphabet[(value >> 12) & 63];
  *out++ = rest == 2 ? kAlphabet[(value >> 6) & 63] : '=';
  *out++ = '=';
}

void base64_append(std::string& out, std::string_view bytes) {
  size_t start = out.size();
  out.resize(start + base64_length(bytes.size()));
  base64_encode(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                out.data() + start);
}

std::optional<std::string> base64url_decode(std::string_view text) {
  static const std::array<int, 256> values = [] {
    std::array<int, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 64; ++i) table[static_cast<unsigned char>(kAlphabet[i])] = i;
    table['-'] = 62;
    table['_'] = 63;
    return table;
  }();
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::string out;
  out.reserve(text.size() * 3 / 4);
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char c : text) {
    int value = values[c];
    if (value < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

}  // namespace raxol::cloudflare_pages
