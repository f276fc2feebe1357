#include <catch2/catch.hpp>

#include "perf/render/rule_verdicts.h"
#include "perf/render/sample_runs.h"

using namespace raxol::perf::render;

TEST_CASE("perf render verdicts: new then provisional then the rule's verdict", "[perf][render]") {
  const auto runs = raxol::test::sample_runs();
  auto benchmarks = dashboard_input(runs);
  apply_rule_verdicts(benchmarks, runs, raxol::perf::PerfSettings{});
  REQUIRE(benchmarks.size() == 2);
  const Series& time = benchmarks[0].series[0];
  CHECK(benchmarks[0].name == "parse/<ansi> & \"quotes\"");
  CHECK(time.points[0].verdict == kNew);
  CHECK_FALSE(time.points[0].band_low);
  CHECK(time.points[1].verdict == kProvisional);
  CHECK(time.points[4].verdict == kProvisional);  // 4 baseline runs, fewer than 5
  CHECK(time.points[5].verdict == kUnchanged);
  CHECK(time.points.back().verdict == kRegression);  // slower, smaller is better
  CHECK(*time.points.back().band_high < time.points.back().value);
  CHECK(benchmarks[1].series[0].points.back().verdict == kImprovement);  // more ops/s
  REQUIRE(latest_change(time));
  CHECK(*latest_change(time) > 0.4);
}

TEST_CASE("perf render model: median and range of the repetitions", "[perf][render]") {
  const auto benchmarks = dashboard_input(raxol::test::sample_runs(2));
  const SeriesPoint& p = benchmarks[0].series[0].points[0];
  CHECK(p.value == 3300);
  CHECK(p.min == 3280);
  CHECK(p.max == 3320);
  CHECK(p.repetitions == 3);
  CHECK(benchmarks[0].page.rfind("b/parse__ansi", 0) == 0);
  CHECK(benchmarks[0].page.size() > 5);
  CHECK(benchmarks[0].page.substr(benchmarks[0].page.size() - 5) == ".html");
}
