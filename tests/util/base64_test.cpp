#include <catch2/catch.hpp>

#include <random>

#include "util/base64.h"

using namespace raxol;

TEST_CASE("base64: RFC 4648 test vectors, standard alphabet with padding", "[util][base64]") {
  CHECK(base64_encode("") == "");
  CHECK(base64_encode("f") == "Zg==");
  CHECK(base64_encode("fo") == "Zm8=");
  CHECK(base64_encode("foo") == "Zm9v");
  CHECK(base64_encode("foobar") == "Zm9vYmFy");
  CHECK(base64_decode("Zm9vYg==") == std::optional<std::string>("foob"));
  CHECK(base64_decode("Zm9vYg") == std::optional<std::string>("foob"));  // padding optional
}

TEST_CASE("base64url: no padding, '-' and '_'", "[util][base64]") {
  const std::string bytes("\xfb\xff\xfe", 3);
  CHECK(base64_encode(bytes) == "+//+");
  CHECK(base64_encode(bytes, Base64Alphabet::url) == "-__-");
  CHECK(base64_encode("f", Base64Alphabet::url) == "Zg");
  CHECK(base64_decode("-__-", Base64Alphabet::url) == std::optional<std::string>(bytes));
  CHECK(base64_decode("Zg==", Base64Alphabet::url) == std::optional<std::string>("f"));
}

TEST_CASE("base64: characters outside the alphabet are rejected", "[util][base64]") {
  CHECK_FALSE(base64_decode("Zm9v!").has_value());
  CHECK_FALSE(base64_decode("-__-").has_value());  // url characters in the standard alphabet
  CHECK_FALSE(base64_decode("+//+", Base64Alphabet::url).has_value());
}

TEST_CASE("base64_append encodes in place after what is there", "[util]") {
  std::string out = "x:";
  base64_append(out, "foo");
  base64_append(out, "ba");
  CHECK(out == "x:Zm9vYmE=");
  CHECK(base64_length(0) == 0);
  CHECK(base64_length(4) == 8);
  CHECK(out.size() == 2 + base64_length(3) + base64_length(2));
}

TEST_CASE("base64_append in pieces of 3n bytes gives the one-call text", "[util][base64]") {
  // Cloudflare's asset hashing and upload bodies encode files piece by piece.
  std::mt19937 random(11);
  for (size_t length = 0; length < 200; ++length) {
    std::string bytes(length, '\0');
    for (auto& byte : bytes) byte = static_cast<char>(random() & 0xFF);
    std::string whole;
    base64_append(whole, bytes);
    INFO("length " << length);
    CHECK(whole == base64_encode(bytes));
    std::string pieces;
    for (size_t at = 0; at < length; at += 48) base64_append(pieces, bytes.substr(at, 48));
    CHECK(pieces == whole);
    CHECK(base64_decode(whole) == bytes);
  }
}
