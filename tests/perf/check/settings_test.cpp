#include "perf/check/settings.h"

#include <catch2/catch.hpp>

namespace {
raxol::Result<raxol::perf::PerfSettings> parse(const std::string& text,
                                               raxol::Diagnostics& diagnostics) {
  toml::table root = toml::parse(text, std::string("raxol-deploy.toml"));
  return raxol::perf::parse_perf_settings(*root.get("perf"), "raxol-deploy.toml", diagnostics);
}
}  // namespace

TEST_CASE("perf settings: the [perf] table with benchmark overrides", "[perf]") {
  raxol::Diagnostics diagnostics;
  auto settings = parse(R"([perf]
tolerance = "7%"
window = 20
min_runs = 6
consecutive = 2
default_branch = "trunk"
target = "gh-pages"
bogus = 1

[[perf.benchmarks]]
match = "parser/**"
tolerance = 12
direction = "bigger"

[[perf.benchmarks]]
match = "flaky/*"
ignore = true
)",
                        diagnostics);
  REQUIRE(settings.ok());
  CHECK(settings->defaults.tolerance == Approx(0.07));
  CHECK(settings->defaults.window == 20);
  CHECK(settings->defaults.min_runs == 6);
  CHECK(settings->defaults.consecutive == 2);
  CHECK(settings->default_branch == "trunk");
  CHECK(settings->target == "gh-pages");
  REQUIRE(settings->benchmarks.size() == 2);
  CHECK(*settings->benchmarks[0].tolerance == Approx(0.12));
  CHECK(*settings->benchmarks[0].direction == raxol::perf::Direction::bigger);
  CHECK(*settings->benchmarks[1].ignore);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].key == "perf.bogus");
}

TEST_CASE("perf settings: errors name FILE:LINE:COL and the key", "[perf]") {
  raxol::Diagnostics diagnostics;
  auto small = parse("[perf]\nwindow = 3\n", diagnostics);
  REQUIRE_FALSE(small.ok());
  CHECK(small.error().kind == raxol::ErrorKind::config);
  CHECK(small.error().message.rfind("raxol-deploy.toml:2:10: perf.window: expected a whole number "
                                    "of at least 5, found 3",
                                    0) == 0);
  auto direction = parse("[perf]\n[[perf.benchmarks]]\nmatch = \"a\"\ndirection = \"up\"\n",
                         diagnostics);
  REQUIRE_FALSE(direction.ok());
  CHECK(direction.error().message.find("raxol-deploy.toml:4:13: perf.benchmarks[0].direction") == 0);
  auto no_match = parse("[perf]\n[[perf.benchmarks]]\ntolerance = 3\n", diagnostics);
  REQUIRE_FALSE(no_match.ok());
  CHECK(no_match.error().message.find("perf.benchmarks[0].match: missing required key") !=
        std::string::npos);
}

TEST_CASE("perf settings: percentages with and without the sign", "[perf]") {
  CHECK(*raxol::perf::parse_percent("5%") == Approx(0.05));
  CHECK(*raxol::perf::parse_percent(" 2.5 % ") == Approx(0.025));
  CHECK(*raxol::perf::parse_percent("10") == Approx(0.10));
  CHECK_FALSE(raxol::perf::parse_percent("five").has_value());
  CHECK_FALSE(raxol::perf::parse_percent("-1%").has_value());
}
