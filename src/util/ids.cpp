#include "util/ids.h"

#include <sodium.h>

#include "util/sodium.h"
#include "util/strings.h"

namespace raxol {

std::uint32_t random_below(std::uint32_t bound) {
  ensure_sodium();
  return randombytes_uniform(bound);
}

std::string random_hex(size_t bytes) {
  ensure_sodium();
  std::string buffer(bytes, '\0');
  randombytes_buf(buffer.data(), buffer.size());
  return to_hex(buffer);
}

std::string random_alnum(size_t length) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string text;
  text.reserve(length);
  for (size_t i = 0; i < length; ++i) text += kAlphabet[random_below(36)];
  return text;
}

std::string new_ulid(std::int64_t epoch_ms) {
  static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string id(26, '0');
  auto time = static_cast<std::uint64_t>(epoch_ms);
  for (int i = 9; i >= 0; --i) {
    id[static_cast<size_t>(i)] = kCrockford[time & 31];
    time >>= 5;
  }
  for (size_t i = 10; i < 26; ++i) id[i] = kCrockford[random_below(32)];
  return id;
}

std::string new_uuid() {
  std::string hex = random_hex(16);
  hex[12] = '4';                                      // version 4
  hex[16] = "89ab"[random_below(4)];                  // RFC 4122 variant
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

}  // namespace raxol
