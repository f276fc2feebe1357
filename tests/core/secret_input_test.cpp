// Env files for `secrets set --from-env-file`: the forms people write, and clear errors.
#include "core/secret_input.h"

#include <catch2/catch.hpp>

using namespace raxol;

TEST_CASE("env file: comments - export - quotes and multi-line values", "[core][secrets]") {
  auto values = parse_env_file(
      "# comment\n\nexport A=1\nB = \"two words\"\nC='single'\nD=\"\"\"line one\nline two\"\"\"\n",
      "x.env");
  REQUIRE(values.ok());
  CHECK(values->at("A") == "1");
  CHECK(values->at("B") == "two words");
  CHECK(values->at("C") == "single");
  CHECK(values->at("D") == "line one\nline two");
  CHECK(values->size() == 4);
}

TEST_CASE("env file: bad lines name the file and the line", "[core][secrets]") {
  auto no_equals = parse_env_file("A=1\njust a value\n", "x.env");
  REQUIRE_FALSE(no_equals.ok());
  CHECK(no_equals.error().kind == ErrorKind::config);
  CHECK(no_equals.error().message == "x.env:2:1: expected NAME=VALUE, found a line without '='");
  auto bad_name = parse_env_file("1A=x\n", "x.env");
  REQUIRE_FALSE(bad_name.ok());
  CHECK(bad_name.error().message.rfind("x.env:1:1: 1A: expected a name", 0) == 0);
  auto open = parse_env_file("K=\"\"\"never closed\n", "x.env");
  REQUIRE_FALSE(open.ok());
  CHECK(open.error().message.find("closing") != std::string::npos);
  CHECK(valid_secret_name("SECRET_KEY_BASE"));
  CHECK_FALSE(valid_secret_name("A-B"));
}
