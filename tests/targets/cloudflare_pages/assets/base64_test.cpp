// The asset protocol's base64 (standard alphabet, padding, encoded in pieces) and the base64url
// decoding of upload JWT payloads, checked against Node's output and against util/base64
// (libsodium) as an independent oracle.
#include "targets/cloudflare_pages/assets/base64.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "util/base64.h"

using namespace raxol::cloudflare_pages;

TEST_CASE("pages base64 matches Node's encoding", "[pages]") {
  std::string out;
  base64_append(out, "foobar");
  CHECK(out == "Zm9vYmFy");
  out.clear();
  base64_append(out, "x");
  CHECK(out == "eA==");
  out.clear();
  base64_append(out, "\xff\xfe");
  CHECK(out == "//4=");
  CHECK(base64url_decode("eyJhIjoxfQ").value() == "{\"a\":1}");
  CHECK_FALSE(base64url_decode("not*base64").has_value());
}

TEST_CASE("pages base64 agrees with libsodium for every length and in pieces", "[pages]") {
  std::mt19937 random(11);
  for (size_t length = 0; length < 200; ++length) {
    std::string bytes(length, '\0');
    for (auto& byte : bytes) byte = static_cast<char>(random() & 0xFF);
    std::string ours;
    base64_append(ours, bytes);
    INFO("length " << length);
    CHECK(ours.size() == base64_length(length));
    CHECK(ours == raxol::base64_encode(bytes));
    // Pieces of a multiple of 3 bytes, then the rest: the same text as one call.
    std::string pieces;
    for (size_t at = 0; at < length; at += 48) base64_append(pieces, bytes.substr(at, 48));
    CHECK(pieces == ours);
    // Decoding takes both alphabets, with or without padding.
    CHECK(base64url_decode(ours) == bytes);
    CHECK(base64url_decode(raxol::base64_encode(bytes, raxol::Base64Alphabet::url)) == bytes);
  }
  CHECK(base64_length(0) == 0);
  CHECK(base64_length(1) == 4);
  CHECK(base64_length(3) == 4);
  CHECK(base64_length(4) == 8);
  CHECK(base64url_decode("").value().empty());
  CHECK_FALSE(base64url_decode("ab cd").has_value());
}
