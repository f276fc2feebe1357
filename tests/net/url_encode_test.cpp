#include <catch2/catch.hpp>

#include "net/url_encode.h"

using raxol::url_encode;

TEST_CASE("url_encode: unreserved characters pass, everything else is %XX", "[net][url]") {
  CHECK(url_encode("raxol-example_1.v2~x") == "raxol-example_1.v2~x");
  CHECK(url_encode("www.raxol.io") == "www.raxol.io");
  CHECK(url_encode("a b/c?d&e=f") == "a%20b%2Fc%3Fd%26e%3Df");
  CHECK(url_encode("started,stopped") == "started%2Cstopped");
  CHECK(url_encode("\xc3\xa9") == "%C3%A9");  // UTF-8 bytes, upper-case hex
  CHECK(url_encode("") == "");
}
