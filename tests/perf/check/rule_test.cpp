#include "perf/check/rule.h"

#include <catch2/catch.hpp>

#include "perf/check/series.h"  // tests/perf/check/series.h

using raxol::perf::CheckOptions;
using raxol::perf::Outcome;
using raxol::perf::Run;
using raxol::perf::test::series_run;
using raxol::perf::test::step_series;

namespace {
std::vector<raxol::perf::Verdict> check_last(const std::vector<Run>& runs,
                                             const CheckOptions& options = {}) {
  return raxol::perf::check(runs, runs.back(), options);
}
}  // namespace

TEST_CASE("perf rule: the median of an odd and an even sample", "[perf]") {
  CHECK(raxol::perf::median({3, 1, 2}) == 2);
  CHECK(raxol::perf::median({4, 1, 3, 2}) == 2.5);
}

TEST_CASE("perf rule: noise of 1 to 2 percent is never flagged at 5 percent", "[perf]") {
  int flagged = 0;
  for (unsigned seed = 1; seed <= 200; ++seed)
    for (double noise : {0.01, 0.02}) {
      auto verdicts = check_last(step_series(seed, 15, 1.0, noise));
      REQUIRE(verdicts.size() == 1);
      if (verdicts[0].outcome != Outcome::unchanged) ++flagged;
    }
  CHECK(flagged == 0);
}

TEST_CASE("perf rule: a 6 percent step over tight noise is a failing regression", "[perf]") {
  for (unsigned seed = 1; seed <= 50; ++seed) {
    auto verdicts = check_last(step_series(seed, 15, 1.06, 0.005));
    REQUIRE(verdicts.size() == 1);
    const auto& v = verdicts[0];
    CHECK(v.outcome == Outcome::regression);
    CHECK(v.failing);
    CHECK_FALSE(v.provisional);
    CHECK(v.baseline_runs.size() == 15);
    CHECK(*v.change > 0.05);
    CHECK(*v.band < 0.05);
  }
}

// The step is real, so a seed whose baseline happens to look quiet may rightly catch it; the
// point is that the band hides a step that small in that much noise nearly always (4 of these
// 100 seeds flag it), where with tight noise every seed does.
TEST_CASE("perf rule: a 6 percent step within 15 percent noise is not flagged", "[perf]") {
  int flagged = 0;
  for (unsigned seed = 1; seed <= 100; ++seed) {
    auto verdicts = check_last(step_series(seed, 15, 1.06, 0.15));
    if (verdicts[0].outcome != Outcome::unchanged) ++flagged;
    CHECK(*verdicts[0].band > 0.06);
  }
  CHECK(flagged <= 5);
  CHECK(check_last(step_series(1, 15, 1.06, 0.15))[0].outcome == Outcome::unchanged);
}

TEST_CASE("perf rule: 3 baseline runs give a provisional verdict that never fails", "[perf]") {
  auto verdicts = check_last(step_series(7, 3, 1.20, 0.005));
  const auto& v = verdicts[0];
  CHECK(v.outcome == Outcome::regression);
  CHECK(v.provisional);
  CHECK_FALSE(v.failing);
  CHECK_FALSE(v.band.has_value());
  // Only the tolerance applies: 3 % is below it even with tight noise.
  CHECK(check_last(step_series(7, 3, 1.03, 0.001))[0].outcome == Outcome::unchanged);
}

TEST_CASE("perf rule: no baseline at all is new and the window is the last 15 runs", "[perf]") {
  CHECK(check_last(step_series(1, 0, 1.0, 0.01))[0].outcome == Outcome::fresh);
  auto verdicts = check_last(step_series(1, 40, 1.0, 0.01));
  CHECK(verdicts[0].baseline_runs.size() == 15);
  CHECK(verdicts[0].baseline_runs.front() == step_series(1, 40, 1.0, 0.01)[25].id);
}

TEST_CASE("perf rule: a 10 percent speed-up is an improvement", "[perf]") {
  auto v = check_last(step_series(3, 15, 0.90, 0.005))[0];
  CHECK(v.outcome == Outcome::improvement);
  CHECK(*v.change < -0.05);
  CHECK_FALSE(v.failing);
}

TEST_CASE("perf rule: for ops per second bigger is better so a drop is a regression", "[perf]") {
  for (double factor : {0.90, 1.10}) {
    std::mt19937 random(5);
    std::vector<Run> runs;
    for (int i = 0; i < 15; ++i)
      runs.push_back(series_run(i, 1.0, random, 0.005, "refs/heads/main", {"ips"},
                                raxol::perf::kUnitOpsPerSecond));
    runs.push_back(series_run(15, factor, random, 0.005, "refs/heads/main", {"ips"},
                              raxol::perf::kUnitOpsPerSecond));
    auto v = check_last(runs)[0];
    CHECK(v.direction == raxol::perf::Direction::bigger);
    CHECK(v.outcome == (factor < 1 ? Outcome::regression : Outcome::improvement));
    CHECK((*v.change > 0) == (factor < 1));
  }
}

TEST_CASE("perf rule: overrides by glob and the most specific one wins", "[perf]") {
  CheckOptions options;
  options.settings.benchmarks = {{"parser/**", 0.20, {}, {}, {}, {}},
                                 {"parser/parse_*", 0.10, {}, {}, {}, {}},
                                 {"other/*", {}, {}, {}, {}, true}};
  CHECK(raxol::perf::params_for(options.settings, "parser/parse_ansi").tolerance == 0.10);
  CHECK(raxol::perf::params_for(options.settings, "parser/deep/x").tolerance == 0.20);
  CHECK(raxol::perf::params_for(options.settings, "render/x").tolerance == 0.05);
  // 6 % is under the 10 % of the winning override.
  auto v = check_last(step_series(2, 15, 1.06, 0.005), options)[0];
  CHECK(v.params.tolerance == 0.10);
  CHECK(v.outcome == Outcome::unchanged);
  // A direction override turns the same step into an improvement.
  options.settings.benchmarks = {{"parser/parse_ansi", {}, {}, {}, raxol::perf::Direction::bigger, {}}};
  CHECK(check_last(step_series(2, 15, 1.06, 0.005), options)[0].outcome == Outcome::improvement);
}

TEST_CASE("perf rule: an ignored benchmark is reported ignored and never fails", "[perf]") {
  CheckOptions options;
  options.settings.benchmarks = {{"parser/*", {}, {}, {}, {}, true}};
  auto v = check_last(step_series(2, 15, 1.50, 0.005), options)[0];
  CHECK(v.outcome == Outcome::ignored);
  CHECK_FALSE(v.failing);
}

TEST_CASE("perf rule: consecutive 3 fails only on the third regression in a row", "[perf]") {
  CheckOptions options;
  options.settings.defaults.consecutive = 3;
  std::mt19937 random(11);
  std::vector<Run> runs;
  for (int i = 0; i < 15; ++i) runs.push_back(series_run(i, 1.0, random, 0.005));
  std::vector<bool> failing;
  std::vector<int> streaks;
  for (int i = 15; i < 18; ++i) {
    runs.push_back(series_run(i, 1.10, random, 0.005));
    auto v = check_last(runs, options)[0];
    CHECK(v.outcome == Outcome::regression);
    failing.push_back(v.failing);
    streaks.push_back(v.streak);
  }
  CHECK(failing == std::vector<bool>{false, false, true});
  CHECK(streaks == std::vector<int>{1, 2, 3});
  // A pull-request run in between does not break the streak of the default branch.
  runs.insert(runs.end() - 1, series_run(30, 1.0, random, 0.005, "refs/pull/4/merge"));
  CHECK(check_last(runs, options)[0].failing);
}

TEST_CASE("perf rule: a merge-base baseline compares with main as of that commit", "[perf]") {
  std::mt19937 random(13);
  std::vector<Run> runs;
  for (int i = 0; i < 15; ++i) runs.push_back(series_run(i, 1.0, random, 0.005));
  const std::string merge_base = runs.back().commit;
  // main got 20 % slower since; the pull request carries the same slowdown.
  for (int i = 15; i < 30; ++i) runs.push_back(series_run(i, 1.2, random, 0.005));
  runs.push_back(series_run(30, 1.2, random, 0.005, "refs/pull/9/merge"));
  CHECK(check_last(runs)[0].outcome == Outcome::unchanged);
  CheckOptions options;
  options.baseline_commit = merge_base;
  auto v = check_last(runs, options)[0];
  CHECK(v.outcome == Outcome::regression);
  CHECK(v.baseline_runs.size() == 15);
  CHECK(v.baseline_runs.back() == runs[14].id);
  // A commit with no run: no baseline.
  options.baseline_commit = "f00";
  CHECK(check_last(runs, options)[0].outcome == Outcome::fresh);
}

TEST_CASE("perf rule: another testbed's runs are not a baseline", "[perf]") {
  auto runs = step_series(4, 15, 1.0, 0.01);
  runs.back().testbed = "macos-14";
  CHECK(check_last(runs)[0].outcome == Outcome::fresh);
}
