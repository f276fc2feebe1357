#include "util/digest.h"

#include <sodium.h>

#include <array>

#include "util/sodium.h"
#include "util/strings.h"

namespace raxol {

struct Digester::State {
  bool sha512 = false;
  crypto_hash_sha256_state sha256_state{};
  crypto_hash_sha512_state sha512_state{};
};

Digester::Digester(std::unique_ptr<State> state) : state_(std::move(state)) {}
Digester::Digester(Digester&&) noexcept = default;
Digester& Digester::operator=(Digester&&) noexcept = default;
Digester::~Digester() = default;

std::optional<Digester> Digester::for_algorithm(std::string_view algorithm) {
  ensure_sodium();
  auto state = std::make_unique<State>();
  if (algorithm == "sha256") {
    crypto_hash_sha256_init(&state->sha256_state);
  } else if (algorithm == "sha512") {
    state->sha512 = true;
    crypto_hash_sha512_init(&state->sha512_state);
  } else {
    return std::nullopt;
  }
  return Digester(std::move(state));
}

void Digester::update(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (state_->sha512)
    crypto_hash_sha512_update(&state_->sha512_state, data, bytes.size());
  else
    crypto_hash_sha256_update(&state_->sha256_state, data, bytes.size());
}

std::string Digester::finish() {
  if (state_->sha512) {
    std::array<unsigned char, crypto_hash_sha512_BYTES> hash{};
    crypto_hash_sha512_final(&state_->sha512_state, hash.data());
    return "sha512:" + to_hex(hash.data(), hash.size());
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
  crypto_hash_sha256_final(&state_->sha256_state, hash.data());
  return "sha256:" + to_hex(hash.data(), hash.size());
}

std::optional<std::string> digest_with(std::string_view algorithm, std::string_view bytes) {
  auto digester = Digester::for_algorithm(algorithm);
  if (!digester) return std::nullopt;
  digester->update(bytes);
  return digester->finish();
}

std::string sha256_digest(std::string_view bytes) { return *digest_with("sha256", bytes); }

std::string digest_algorithm(std::string_view digest) {
  auto colon = digest.find(':');
  return colon == std::string_view::npos ? std::string() : std::string(digest.substr(0, colon));
}

bool is_supported_digest(std::string_view digest) {
  const std::string algorithm = digest_algorithm(digest);
  size_t hex_digits = algorithm == "sha256" ? 64 : algorithm == "sha512" ? 128 : 0;
  if (hex_digits == 0 || digest.size() != algorithm.size() + 1 + hex_digits) return false;
  for (char c : digest.substr(algorithm.size() + 1))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace raxol
