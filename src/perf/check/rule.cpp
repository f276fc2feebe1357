#include "perf/check/rule.h"

#include <algorithm>
#include <cmath>

namespace raxol::perf {

// Named, not anonymous: the unity build puts perf/ sources in one translation unit.
namespace rule_detail {

const Measurement* find_measurement(const Run& run, const std::string& benchmark,
                                    const std::string& measure) {
  for (const auto& m : run.measurements)
    if (m.benchmark == benchmark && m.measure == measure) return &m;
  return nullptr;
}

// One baseline run's contribution: the log of its median, when it has a positive one (a count
// of zero has no logarithm; such a run is left out).
struct Point {
  std::string run_id;
  double log_value;
};

std::vector<Point> points_of(const std::vector<const Run*>& runs, const std::string& benchmark,
                             const std::string& measure) {
  std::vector<Point> points;
  for (const Run* run : runs)
    if (const Measurement* m = find_measurement(*run, benchmark, measure)) {
      const double value = median(m->values);
      if (value > 0) points.push_back({run->id, std::log(value)});
    }
  return points;
}

// The runs of the history that come before `current` (history is oldest first).
std::vector<const Run*> runs_before(const std::vector<Run>& history, const Run& current) {
  std::vector<const Run*> before;
  for (const auto& run : history) {
    if (run.id == current.id) break;
    before.push_back(&run);
  }
  return before;
}

// The last `window` runs of `candidates` on the default branch and testbed that hold the measure.
std::vector<const Run*> window_of(const std::vector<const Run*>& candidates,
                                  const std::string& testbed, const std::string& branch,
                                  const std::string& benchmark, const std::string& measure,
                                  int window) {
  std::vector<const Run*> chosen;
  for (auto it = candidates.rbegin(); it != candidates.rend() && chosen.size() < size_t(window);
       ++it)
    if ((*it)->testbed == testbed && on_branch(**it, branch) &&
        find_measurement(**it, benchmark, measure) != nullptr)
      chosen.push_back(*it);
  std::reverse(chosen.begin(), chosen.end());
  return chosen;
}

// The baseline runs for one measure: the default-branch window before the current run, or the
// window that ends at the baseline commit's newest run.
std::vector<const Run*> baseline_runs(const std::vector<Run>& history, const Run& current,
                                      const CheckOptions& options, const Measurement& m,
                                      int window) {
  const std::string& branch = options.settings.default_branch;
  std::vector<const Run*> candidates = runs_before(history, current);
  if (options.baseline_commit.empty())
    return window_of(candidates, current.testbed, branch, m.benchmark, m.measure, window);
  // Up to and including the commit's newest run of this testbed.
  auto last = std::find_if(candidates.rbegin(), candidates.rend(), [&](const Run* run) {
    return run->commit == options.baseline_commit && run->testbed == current.testbed &&
           find_measurement(*run, m.benchmark, m.measure) != nullptr;
  });
  if (last == candidates.rend()) return {};
  if (!on_branch(**last, branch)) {
    std::vector<const Run*> same_commit;
    for (const Run* run : candidates)
      if (run->commit == options.baseline_commit && run->testbed == current.testbed &&
          find_measurement(*run, m.benchmark, m.measure) != nullptr)
        same_commit.push_back(run);
    return same_commit;
  }
  candidates.erase(last.base(), candidates.end());
  return window_of(candidates, current.testbed, branch, m.benchmark, m.measure, window);
}

Verdict judge(const std::vector<Run>& history, const Run& current, const CheckOptions& options,
              const Measurement& m) {
  Verdict verdict;
  verdict.benchmark = m.benchmark;
  verdict.measure = m.measure;
  verdict.testbed = current.testbed;
  verdict.unit = m.unit;
  verdict.params = params_for(options.settings, m.benchmark);
  verdict.direction = verdict.params.direction.value_or(m.direction);
  verdict.current = median(m.values);
  if (verdict.params.ignore) {
    verdict.outcome = Outcome::ignored;
    return verdict;
  }
  auto points = points_of(baseline_runs(history, current, options, m, verdict.params.window),
                          m.benchmark, m.measure);
  if (points.empty()) {
    verdict.outcome = Outcome::fresh;
    return verdict;
  }
  std::vector<double> logs;
  for (const auto& point : points) {
    logs.push_back(point.log_value);
    verdict.baseline_runs.push_back(point.run_id);
  }
  const double centre = median(logs);
  std::vector<double> deviations;
  for (double value : logs) deviations.push_back(std::abs(value - centre));
  verdict.spread = kMadToSigma * median(deviations);
  verdict.baseline = std::exp(centre);
  if (verdict.current <= 0) return verdict;  // a zero count: no log distance, left unchanged
  const double sign = verdict.direction == Direction::smaller ? 1.0 : -1.0;
  verdict.change = sign * (verdict.current / *verdict.baseline - 1.0);
  const double worse_log = sign * (std::log(verdict.current) - centre);
  const double n = static_cast<double>(logs.size());
  verdict.provisional = static_cast<int>(logs.size()) < verdict.params.min_runs;
  double band_log = 0;
  if (!verdict.provisional) {
    band_log = kPredictionZ * verdict.spread * std::sqrt(1.0 + 1.0 / n);
    verdict.band = std::exp(band_log) - 1.0;
  }
  const double tolerance = verdict.params.tolerance;
  if (*verdict.change > tolerance && worse_log > band_log) verdict.outcome = Outcome::regression;
  else if (*verdict.change < -tolerance && -worse_log > band_log)
    verdict.outcome = Outcome::improvement;
  return verdict;
}

}  // namespace rule_detail
using namespace rule_detail;

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + middle, values.end());
  const double upper = values[middle];
  if (values.size() % 2 == 1) return upper;
  const double lower = *std::max_element(values.begin(), values.begin() + middle);
  return (lower + upper) / 2.0;
}

bool on_branch(const Run& run, const std::string& branch) {
  return run.ref == "refs/heads/" + branch;
}

std::vector<Verdict> check(const std::vector<Run>& history, const Run& current,
                           const CheckOptions& options) {
  std::vector<Verdict> verdicts;
  for (const auto& m : current.measurements) {
    Verdict verdict = judge(history, current, options, m);
    if (verdict.outcome == Outcome::regression) {
      verdict.streak = 1;
      // The previous default-branch runs of this testbed, newest first, each against its own
      // default-branch baseline, until one is not a regression or the streak is long enough.
      const int wanted = verdict.params.consecutive;
      CheckOptions own = options;
      own.baseline_commit.clear();
      auto before = runs_before(history, current);
      for (auto it = before.rbegin(); it != before.rend() && verdict.streak < wanted; ++it) {
        const Run& previous = **it;
        if (previous.testbed != current.testbed ||
            !on_branch(previous, options.settings.default_branch))
          continue;
        const Measurement* pm = find_measurement(previous, m.benchmark, m.measure);
        if (pm == nullptr) continue;
        Verdict earlier = judge(history, previous, own, *pm);
        if (earlier.outcome != Outcome::regression || earlier.provisional) break;
        ++verdict.streak;
      }
      verdict.failing = !verdict.provisional && verdict.streak >= wanted;
    }
    verdicts.push_back(std::move(verdict));
  }
  return verdicts;
}

}  // namespace raxol::perf
