// Opens what the GitHub emulator stored for a secret (GET /__sandbox/github/repos/{o}/{r}/
// actions/secrets/{name}: the sealed value and the repository's key pair) with
// crypto_box_seal_open, as GitHub does when a workflow reads the secret.
#pragma once

#include <sodium.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace raxol::test::ghp {

inline std::string from_base64(const std::string& text) {
  std::string bytes(text.size(), '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                        text.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0)
    return {};
  bytes.resize(length);
  return bytes;
}

// The plaintext, or nullopt when the stored value does not open with the stored keys.
inline std::optional<std::string> open_stored_secret(const nlohmann::json& stored) {
  if (sodium_init() < 0) return std::nullopt;
  std::string box = from_base64(stored.value("encrypted_value", ""));
  std::string pk = from_base64(stored.value("key", ""));
  std::string sk = from_base64(stored.value("private_key", ""));
  if (box.size() < crypto_box_SEALBYTES || pk.size() != crypto_box_PUBLICKEYBYTES ||
      sk.size() != crypto_box_SECRETKEYBYTES)
    return std::nullopt;
  std::string plain(box.size() - crypto_box_SEALBYTES, '\0');
  if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                           reinterpret_cast<const unsigned char*>(box.data()), box.size(),
                           reinterpret_cast<const unsigned char*>(pk.data()),
                           reinterpret_cast<const unsigned char*>(sk.data())) != 0)
    return std::nullopt;
  return plain;
}

}  // namespace raxol::test::ghp
