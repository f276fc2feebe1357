// Content digests: the FIPS 180 test vectors, the same digest whole or piece by piece, and
// which digests the registry accepts.
#include "util/digest.h"

#include <catch2/catch.hpp>

using namespace raxol;

TEST_CASE("digest: sha256 and sha512 test vectors", "[util][digest]") {
  CHECK(sha256_digest("abc") ==
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_digest("") ==
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  auto sha512 = Digester::for_algorithm("sha512");
  REQUIRE(sha512);
  sha512->update("abc");
  CHECK(sha512->finish() ==
        "sha512:ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  CHECK_FALSE(Digester::for_algorithm("md5"));
  CHECK(digest_with("sha256", "abc") == sha256_digest("abc"));
  CHECK(digest_with("sha512", "abc")->rfind("sha512:ddaf35a1", 0) == 0);
  CHECK_FALSE(digest_with("md5", "abc"));
}

TEST_CASE("digest: piece by piece equals whole", "[util][digest]") {
  const std::string text(100'000, 'x');
  auto digester = Digester::for_algorithm("sha256");
  REQUIRE(digester);
  for (size_t at = 0; at < text.size(); at += 7'777)
    digester->update(std::string_view(text).substr(at, 7'777));
  CHECK(digester->finish() == sha256_digest(text));
}

TEST_CASE("digest: the digests a registry accepts", "[util][digest]") {
  const std::string sha256 = sha256_digest("abc");
  CHECK(is_supported_digest(sha256));
  CHECK(digest_algorithm(sha256) == "sha256");
  CHECK(digest_algorithm("nocolon") == "");
  CHECK_FALSE(is_supported_digest(sha256.substr(0, sha256.size() - 1)));  // one digit short
  CHECK_FALSE(is_supported_digest("sha256:" + std::string(64, 'A')));     // upper-case hex
  CHECK_FALSE(is_supported_digest("sha384:" + std::string(96, 'a')));
  CHECK(is_supported_digest("sha512:" + std::string(128, '0')));
  CHECK_FALSE(is_supported_digest("sha512:" + std::string(64, '0')));
  CHECK_FALSE(is_supported_digest(""));
}
