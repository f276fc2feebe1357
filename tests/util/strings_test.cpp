#include <catch2/catch.hpp>

#include "util/strings.h"

using namespace raxol;

TEST_CASE("lower folds ASCII only", "[util][strings]") {
  CHECK(lower("Raxol.IO") == "raxol.io");
  CHECK(lower("\xc3\x89t\xc3\xa9") == "\xc3\x89t\xc3\xa9");  // UTF-8 bytes untouched
  CHECK(lower("") == "");
}

TEST_CASE("upper folds ASCII only", "[util][strings]") {
  CHECK(upper("get") == "GET");
  CHECK(upper("bluegreen-1") == "BLUEGREEN-1");
  CHECK(upper("\xc3\xa9") == "\xc3\xa9");  // UTF-8 bytes untouched
}

TEST_CASE("trim removes spaces, tabs and line ends at both ends", "[util][strings]") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("\n\n") == "");
  CHECK(trim("x") == "x");
}

TEST_CASE("first_line, join and split", "[util][strings]") {
  CHECK(first_line("subject\nbody") == "subject");
  CHECK(first_line("one") == "one");
  CHECK(join({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(join({}, ", ") == "");
  CHECK(split("a,,b", ',') == std::vector<std::string>{"a", "", "b"});
  CHECK(split("", ',') == std::vector<std::string>{""});
}

TEST_CASE("to_hex is lower-case, two digits a byte", "[util][strings]") {
  CHECK(to_hex(std::string("\x00\x0f\xff", 3)) == "000fff");
  CHECK(to_hex("") == "");
}
