// Synthetic benchmark histories for the regression rule's tests: deterministic (a seeded
// generator), one run per commit, noise at the level of a run (what varies between CI jobs)
// with a little noise between repetitions on top.
#pragma once

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "perf/run.h"

namespace raxol::perf::test {

inline Run series_run(int index, double value_factor, std::mt19937& random, double run_noise,
                      const std::string& ref = "refs/heads/main",
                      const std::vector<std::string>& benchmarks = {"parser/parse_ansi"},
                      const std::string& unit = kUnitNanoseconds) {
  Run run;
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "2026-01-%02dT%02d:%02d:00Z", 1 + index / 1440,
                (index / 60) % 24, index % 60);
  run.created_at = stamp;
  char commit[48];
  std::snprintf(commit, sizeof commit, "%040d", index + 1);
  run.commit = commit;
  run.id = run.commit.substr(28) + "-RUN" + std::to_string(10000 + index);
  run.ref = ref;
  run.testbed = "ubuntu-latest";
  run.suite = "bench";
  run.format = "synthetic";
  std::uniform_real_distribution<double> between_runs(-run_noise, run_noise);
  std::uniform_real_distribution<double> repetitions(-0.001, 0.001);
  for (const auto& name : benchmarks) {
    Measurement m;
    m.benchmark = name;
    m.measure = unit == kUnitOpsPerSecond ? "ips" : "time";
    m.unit = unit;
    m.direction = direction_of_unit(unit);
    const double level = 1000.0 * value_factor * (1.0 + between_runs(random));
    for (int rep = 0; rep < 5; ++rep) m.values.push_back(level * (1.0 + repetitions(random)));
    run.measurements.push_back(m);
  }
  return run;
}

// `count` runs on main at factor 1, then the current run at `step` (1.06 = 6 % slower).
inline std::vector<Run> step_series(unsigned seed, int count, double step, double run_noise) {
  std::mt19937 random(seed);
  std::vector<Run> runs;
  for (int i = 0; i < count; ++i) runs.push_back(series_run(i, 1.0, random, run_noise));
  runs.push_back(series_run(count, step, random, run_noise));
  return runs;
}

}  // namespace raxol::perf::test
