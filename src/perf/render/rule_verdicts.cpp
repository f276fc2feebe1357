#include "perf/render/rule_verdicts.h"

#include <map>
#include <tuple>

#include "perf/check/rule.h"

namespace raxol::perf::render {

namespace {

// benchmark, measure, testbed, commit, created_at: one point of one series.
using PointKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;

const char* verdict_kind(const Verdict& verdict) {
  if (verdict.outcome == Outcome::fresh) return kNew;
  if (verdict.provisional) return kProvisional;
  switch (verdict.outcome) {
    case Outcome::regression: return kRegression;
    case Outcome::improvement: return kImprovement;
    default: return kUnchanged;
  }
}

}  // namespace

void apply_rule_verdicts(std::vector<Benchmark>& benchmarks, const std::vector<Run>& runs,
                         const PerfSettings& settings) {
  std::map<PointKey, Verdict> verdicts;
  const CheckOptions options{settings, ""};
  for (const auto& run : runs)
    for (auto& verdict : check(runs, run, options))
      verdicts[{verdict.benchmark, verdict.measure, verdict.testbed, run.commit,
                run.created_at}] = std::move(verdict);
  for (auto& benchmark : benchmarks)
    for (auto& series : benchmark.series)
      for (auto& point : series.points) {
        auto found = verdicts.find(
            {benchmark.name, series.measure, series.testbed, point.sha, point.date});
        if (found == verdicts.end()) continue;
        const Verdict& verdict = found->second;
        point.verdict = verdict_kind(verdict);
        if (!verdict.baseline) continue;
        point.baseline = *verdict.baseline;
        // The band is symmetric in log space: centre × (1 + band) above, centre / (1 + band)
        // below.
        const double band = verdict.band.value_or(0);
        point.band_high = *verdict.baseline * (1 + band);
        point.band_low = *verdict.baseline / (1 + band);
      }
}

}  // namespace raxol::perf::render
