#include "sandbox/fly/ids.h"

#include <sodium.h>

#include <array>

#include "util/ids.h"
#include "util/sodium.h"
#include "util/strings.h"

namespace raxol::sandbox::fly {

namespace {

constexpr std::array<std::string_view, 12> kAdjectives = {
    "autumn", "billowing", "crimson", "damp",   "empty", "floral",
    "gentle", "hidden",    "icy",     "lively", "misty", "quiet"};
constexpr std::array<std::string_view, 12> kNouns = {"breeze", "cloud", "dawn",   "field",
                                                     "forest", "glade", "haze",   "lake",
                                                     "meadow", "river", "shadow", "wave"};

}  // namespace

std::string new_machine_id() { return random_hex(7); }

std::string new_nonce() { return random_hex(16); }

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

}  // namespace raxol::sandbox::fly
