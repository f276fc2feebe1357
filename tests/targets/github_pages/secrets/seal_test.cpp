// Secret values are sealed to the repository's key: only its private key opens them, and a
// bad key is an error that does not quote the value.
#include "targets/github_pages/secrets/seal.h"

#include <sodium.h>

#include <catch2/catch.hpp>

using namespace raxol;
using namespace raxol::github_pages;

namespace {

std::string base64(const unsigned char* data, size_t size) {
  std::string text(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
  text.resize(text.size() - 1);
  return text;
}

}  // namespace

TEST_CASE("gh-pages secrets: a sealed value opens with the key pair and only with it",
          "[gh-pages][secrets]") {
  REQUIRE(sodium_init() >= 0);
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  crypto_box_keypair(pk, sk);
  const std::string value = "p@ss word\nwith a newline";
  auto sealed = seal_secret(value, base64(pk, sizeof pk));
  REQUIRE(sealed.ok());
  CHECK(sealed->find(value) == std::string::npos);

  std::string box(sealed->size(), '\0');
  size_t length = 0;
  REQUIRE(sodium_base642bin(reinterpret_cast<unsigned char*>(box.data()), box.size(),
                            sealed->data(), sealed->size(), nullptr, &length, nullptr,
                            sodium_base64_VARIANT_ORIGINAL) == 0);
  REQUIRE(length == value.size() + crypto_box_SEALBYTES);
  std::string opened(value.size(), '\0');
  REQUIRE(crypto_box_seal_open(reinterpret_cast<unsigned char*>(opened.data()),
                               reinterpret_cast<const unsigned char*>(box.data()), length, pk,
                               sk) == 0);
  CHECK(opened == value);
  // Sealing is randomised: the same value twice gives two different boxes.
  CHECK(*seal_secret(value, base64(pk, sizeof pk)) != *sealed);

  unsigned char other_pk[crypto_box_PUBLICKEYBYTES], other_sk[crypto_box_SECRETKEYBYTES];
  crypto_box_keypair(other_pk, other_sk);
  CHECK(crypto_box_seal_open(reinterpret_cast<unsigned char*>(opened.data()),
                             reinterpret_cast<const unsigned char*>(box.data()), length, other_pk,
                             other_sk) != 0);

  auto bad = seal_secret(value, "not-a-key");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find(value) == std::string::npos);
}
