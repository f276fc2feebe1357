// Go time.Duration parsing and formatting, which the Machines API wire form depends on.
#include "util/durations.h"

#include <catch2/catch.hpp>

using raxol::Duration;
using raxol::format_go_duration;
using raxol::parse_go_duration;
using namespace std::chrono_literals;

TEST_CASE("fly durations: parse Go duration strings", "[fly][config][durations]") {
  CHECK(parse_go_duration("10s") == Duration(10s));
  CHECK(parse_go_duration("1m30s") == Duration(90s));
  CHECK(parse_go_duration("500ms") == Duration(500ms));
  CHECK(parse_go_duration("1.5h") == Duration(90min));
  CHECK(parse_go_duration("1h2m3s4ms") == Duration(1h + 2min + 3s + 4ms));
  CHECK(parse_go_duration("2us") == Duration(2us));
  CHECK(parse_go_duration("2\xc2\xb5s") == Duration(2us));
  CHECK(parse_go_duration("3ns") == Duration(3ns));
  CHECK(parse_go_duration(".5s") == Duration(500ms));
  CHECK(parse_go_duration("0") == Duration(0));
  CHECK(parse_go_duration("-5s") == Duration(-5s));
  CHECK(parse_go_duration("+5s") == Duration(5s));
}

TEST_CASE("fly durations: reject what Go rejects", "[fly][config][durations]") {
  CHECK_FALSE(parse_go_duration(""));
  CHECK_FALSE(parse_go_duration("10"));  // a number needs a unit (except 0)
  CHECK_FALSE(parse_go_duration("10 seconds"));
  CHECK_FALSE(parse_go_duration("1d"));  // no day unit in Go
  CHECK_FALSE(parse_go_duration("s"));
  CHECK_FALSE(parse_go_duration("."));
  CHECK_FALSE(parse_go_duration("1.s5"));
  CHECK_FALSE(parse_go_duration("9999999999999h"));  // overflows int64 nanoseconds
}

TEST_CASE("fly durations: format like time.Duration.String()", "[fly][config][durations]") {
  CHECK(format_go_duration(10s) == "10s");
  CHECK(format_go_duration(1s) == "1s");
  CHECK(format_go_duration(3min) == "3m0s");
  CHECK(format_go_duration(81s) == "1m21s");
  CHECK(format_go_duration(500ms) == "500ms");
  CHECK(format_go_duration(1h) == "1h0m0s");
  CHECK(format_go_duration(1h + 2min + 3s) == "1h2m3s");
  CHECK(format_go_duration(1500ms) == "1.5s");
  CHECK(format_go_duration(1500us) == "1.5ms");
  CHECK(format_go_duration(1500ns) == "1.5\xc2\xb5s");
  CHECK(format_go_duration(7ns) == "7ns");
  CHECK(format_go_duration(0s) == "0s");
  CHECK(format_go_duration(-90s) == "-1m30s");
}

TEST_CASE("fly durations: parse and format round-trip", "[fly][config][durations]") {
  for (const char* text : {"10s", "3m0s", "1m21s", "500ms", "2h30m0s", "1.25s"}) {
    auto parsed = parse_go_duration(text);
    REQUIRE(parsed);
    CHECK(format_go_duration(*parsed) == text);
  }
}
