// The regression rule of `perf check` (docs/performance.md, "The regression rule"): a pure
// function from the history and one run to one verdict per benchmark x measure x testbed.
//
// - current value: the median of the current run's repetitions;
// - baseline: the last `window` runs (default 15) on the default branch, of the same testbed,
//   before the current run; with a baseline commit (merge-base or REF, resolved by the caller)
//   the window ends at that commit's newest run instead (when that run is not on the default
//   branch, the baseline is that commit's runs alone); each run contributes its median;
// - in log space: centre = median of the log values, spread = 1.4826 * MAD of the log values,
//   noise band = z * spread * sqrt(1 + 1/n) with z = 2.576 (a 99 % prediction interval for
//   one new value);
// - change = current/centre - 1, sign flipped for bigger-is-better measures so that positive
//   is always worse;
// - regression: change > tolerance (default 5 %) AND log distance > band; improvement the same
//   the other way; otherwise unchanged;
// - fewer than `min_runs` (default 5) baseline runs: only the tolerance applies and the verdict
//   is provisional (it warns, it never fails); no baseline at all: `new`;
// - consecutive N: a regression fails only when the previous N-1 default-branch runs were
//   regressions against their own baselines too.
// Why log space and median/MAD: benchmark noise is multiplicative and has outliers (a busy
// runner), so a mean and standard deviation would widen the band after one bad run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "perf/check/settings.h"
#include "perf/run.h"

namespace raxol::perf {

enum class Outcome { unchanged, regression, improvement, fresh, ignored };
inline constexpr EnumNames<Outcome, 5> kOutcomeNames{{{
    {Outcome::unchanged, "unchanged"},
    {Outcome::regression, "regression"},
    {Outcome::improvement, "improvement"},
    {Outcome::fresh, "new"},
    {Outcome::ignored, "ignored"},
}}};

inline constexpr double kPredictionZ = 2.576;   // 99 % two-sided
inline constexpr double kMadToSigma = 1.4826;   // MAD of a normal sample -> its sigma

struct CheckOptions {
  PerfSettings settings;
  // Empty: the default-branch window before the current run. Otherwise the commit whose runs
  // end the window (merge-base or REF, resolved by the caller).
  std::string baseline_commit;
};

struct Verdict {
  std::string benchmark;
  std::string measure;
  std::string testbed;
  std::string unit;
  Direction direction = Direction::smaller;
  Outcome outcome = Outcome::unchanged;
  bool provisional = false;  // fewer than min_runs baseline runs: warns, never fails
  bool failing = false;      // a regression that fails the check (not provisional, streak >= N)
  int streak = 0;            // consecutive regressions ending at this run (0 when not one)
  double current = 0;        // median of the repetitions
  std::optional<double> baseline;  // exp(centre)
  std::optional<double> change;    // current/centre - 1, positive is worse
  std::optional<double> band;      // exp(band) - 1; absent when provisional
  double spread = 0;               // 1.4826 * MAD of the log values
  std::vector<std::string> baseline_runs;  // ids, oldest first
  RuleParams params;
};

std::vector<Verdict> check(const std::vector<Run>& history, const Run& current,
                           const CheckOptions& options);

// Small statistics the rule is made of (exposed for tests).
double median(std::vector<double> values);
// The run a default-branch ref names: "refs/heads/<branch>".
bool on_branch(const Run& run, const std::string& branch);

}  // namespace raxol::perf
