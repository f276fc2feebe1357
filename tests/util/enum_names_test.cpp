#include <catch2/catch.hpp>

#include "raxol/enum_names.h"

using namespace raxol;

namespace {
enum class Colour { red, green };
constexpr EnumNames<Colour, 2> kColourNames{{{{Colour::red, "red"}, {Colour::green, "green"}}}};
}  // namespace

TEST_CASE("one table names an enum both ways", "[util][enum]") {
  STATIC_REQUIRE(kColourNames.name(Colour::green) == "green");
  CHECK(kColourNames.parse("red") == Colour::red);
  CHECK_FALSE(kColourNames.parse("Red").has_value());
  CHECK(kColourNames.names() == std::vector<std::string>{"red", "green"});
}
