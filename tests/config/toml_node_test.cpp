#include <catch2/catch.hpp>

#include "config/toml_node.h"

using namespace raxol;

TEST_CASE("toml_type_phrase names each kind of TOML value", "[config][toml]") {
  auto table = toml::parse(
      "s = \"x\"\ne = \"\"\ni = 3\nf = 1.5\nb = true\na = [1]\nt = {k = 1}\n"
      "d = 2026-12-03\nh = 11:30:00\ndt = 2026-12-03T11:30:00Z\n");
  CHECK(toml_type_phrase(*table.get("s")) == "a string");
  CHECK(toml_type_phrase(*table.get("e")) == "an empty string");
  CHECK(toml_type_phrase(*table.get("i")) == "an integer");
  CHECK(toml_type_phrase(*table.get("f")) == "a floating-point number");
  CHECK(toml_type_phrase(*table.get("b")) == "a boolean");
  CHECK(toml_type_phrase(*table.get("a")) == "an array");
  CHECK(toml_type_phrase(*table.get("t")) == "a table");
  CHECK(toml_type_phrase(*table.get("d")) == "a date");
  CHECK(toml_type_phrase(*table.get("h")) == "a time");
  CHECK(toml_type_phrase(*table.get("dt")) == "a date-time");
}

TEST_CASE("toml_location is where the value starts", "[config][toml]") {
  auto table = toml::parse(std::string_view("\n\nkey =   42\n"), std::string_view("fly.toml"));
  SourceLocation where = toml_location(table.get("key")->source(), "fly.toml");
  CHECK(where.file == "fly.toml");
  CHECK(where.line == 3);
  CHECK(where.column == 9);
}
