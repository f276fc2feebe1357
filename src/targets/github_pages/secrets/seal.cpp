#include "targets/github_pages/secrets/seal.h"

#include <sodium.h>

namespace raxol::github_pages {

Result<std::string> seal_secret(const std::string& value, const std::string& public_key) {
  if (sodium_init() < 0) return make_error(ErrorKind::internal, "libsodium failed to initialise");
  unsigned char key[crypto_box_PUBLICKEYBYTES];
  size_t key_length = 0;
  if (sodium_base642bin(key, sizeof key, public_key.data(), public_key.size(), nullptr, &key_length,
                        nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      key_length != sizeof key)
    return make_error(ErrorKind::api, "the repository's public key is not a base64 Curve25519 key");
  std::string sealed(crypto_box_SEALBYTES + value.size(), '\0');
  if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                      reinterpret_cast<const unsigned char*>(value.data()), value.size(), key) != 0)
    return make_error(ErrorKind::internal, "crypto_box_seal failed");
  const size_t length = sodium_base64_ENCODED_LEN(sealed.size(), sodium_base64_VARIANT_ORIGINAL);
  std::string encoded(length, '\0');
  sodium_bin2base64(encoded.data(), encoded.size(),
                    reinterpret_cast<const unsigned char*>(sealed.data()), sealed.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  encoded.resize(length - 1);  // the encoded length counts the terminating NUL
  return encoded;
}

}  // namespace raxol::github_pages
