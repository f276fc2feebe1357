#include <catch2/catch.hpp>

#include "raxol/redact.h"

using namespace raxol;

TEST_CASE("redactor masks every occurrence, longest first", "[system][redact]") {
  Redactor redactor;
  redactor.add("abcd");
  redactor.add("abcdefgh");
  redactor.add("xy");  // too short to register
  CHECK(redactor.redact("k=abcdefgh k2=abcd xy") == "k=[REDACTED] k2=[REDACTED] xy");
}

TEST_CASE("URL credentials are masked", "[system][redact]") {
  CHECK(redact_url_credentials("https://x-access-token:ghp_abc@github.com/o/r.git") ==
        "https://***@github.com/o/r.git");
  CHECK(redact_url_credentials("https://github.com/o/r@x") == "https://github.com/o/r@x");
  CHECK(redact_url_credentials("not a url") == "not a url");
}
