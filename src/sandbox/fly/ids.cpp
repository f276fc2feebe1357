#include "sandbox/fly/ids.h"

#include <sodium.h>

#include <array>

namespace raxol::sandbox::fly {

namespace {

// libsodium's generator is thread-safe once initialised; sodium_init is idempotent.
void ensure_sodium() {
  static const int initialised = sodium_init();
  (void)initialised;
}

uint32_t random_below(uint32_t bound) {
  ensure_sodium();
  return randombytes_uniform(bound);
}

std::string to_hex(const unsigned char* data, size_t size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  text.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    text += kHex[data[i] >> 4];
    text += kHex[data[i] & 0xf];
  }
  return text;
}

constexpr std::array<std::string_view, 12> kAdjectives = {
    "autumn", "billowing", "crimson", "damp",   "empty", "floral",
    "gentle", "hidden",    "icy",     "lively", "misty", "quiet"};
constexpr std::array<std::string_view, 12> kNouns = {"breeze", "cloud", "dawn",   "field",
                                                     "forest", "glade", "haze",   "lake",
                                                     "meadow", "river", "shadow", "wave"};

}  // namespace

std::string random_hex(size_t bytes) {
  ensure_sodium();
  std::string buffer(bytes, '\0');
  randombytes_buf(buffer.data(), buffer.size());
  return to_hex(reinterpret_cast<const unsigned char*>(buffer.data()), buffer.size());
}

std::string new_machine_id() { return random_hex(7); }

std::string new_nonce() { return random_hex(16); }

std::string new_ulid(int64_t now_ms) {
  static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string id(26, '0');
  auto time = static_cast<uint64_t>(now_ms);
  for (int i = 9; i >= 0; --i) {
    id[static_cast<size_t>(i)] = kCrockford[time & 31];
    time >>= 5;
  }
  for (size_t i = 10; i < 26; ++i) id[i] = kCrockford[random_below(32)];
  return id;
}

std::string random_alnum(size_t length) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string text;
  for (size_t i = 0; i < length; ++i) text += kAlphabet[random_below(36)];
  return text;
}

std::string new_machine_name() {
  return std::string(kAdjectives[random_below(kAdjectives.size())]) + "-" +
         std::string(kNouns[random_below(kNouns.size())]) + "-" +
         std::to_string(1000 + random_below(9000));
}

std::string secret_digest(std::string_view value) {
  ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES_MIN> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(value.data()),
                     value.size(), nullptr, 0);
  return to_hex(hash.data(), 8);
}

std::string sha256_digest(std::string_view text) {
  ensure_sodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
  crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return "sha256:" + to_hex(hash.data(), hash.size());
}

}  // namespace raxol::sandbox::fly
