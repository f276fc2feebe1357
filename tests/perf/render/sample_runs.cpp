#include "perf/render/sample_runs.h"

#include <string>

namespace raxol::test {

std::vector<perf::Run> sample_runs(int count) {
  std::vector<perf::Run> runs;
  for (int i = 0; i < count; ++i) {
    const bool last = i == count - 1;
    const double wiggle = (i % 3) * 10.0;  // small, repeatable noise
    perf::Run run;
    run.commit = std::string(38, 'a') + (i < 10 ? "0" : "") + std::to_string(i);
    const std::string number = (i < 10 ? "0" : "") + std::to_string(i);  // count <= 31
    run.id = run.commit.substr(0, 12) + "-01J" + number + std::string(21, 'A');
    run.ref = "refs/heads/main";
    run.testbed = "ci";
    run.suite = "parser <core>";
    run.created_at = "2026-03-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1) + "T10:00:00Z";
    run.format = "benchee";
    run.measurements.push_back({"parse/<ansi> & \"quotes\"", "time", perf::kUnitNanoseconds,
                                perf::Direction::smaller,
                                {3300 + wiggle + (last ? 1500 : 0), 3320 + wiggle + (last ? 1500 : 0),
                                 3280 + wiggle + (last ? 1500 : 0)},
                                std::nullopt, std::nullopt});
    run.measurements.push_back({"render/frame", "ips", perf::kUnitOpsPerSecond,
                                perf::Direction::bigger,
                                {41000 + wiggle * 10 + (last ? 20000 : 0)},
                                std::nullopt, std::nullopt});
    runs.push_back(std::move(run));
  }
  return runs;
}

}  // namespace raxol::test
