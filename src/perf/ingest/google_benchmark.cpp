// Google Benchmark's --benchmark_format=json. With --benchmark_repetitions=N the file holds N
// "iteration" entries per benchmark and then aggregates (_mean, _median, _stddev, _cv) computed
// from them. We keep the iterations as repetitions and skip the aggregates, which would count
// the same runs twice; only a benchmark with no iteration entries at all (the tool was run with
// --benchmark_report_aggregates_only) takes its "mean" aggregate as its one value.
#include <map>
#include <set>

#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

using nlohmann::json;

Result<Measurements> parse_google_benchmark(const json& json, const std::string& file) {
  RAXOL_ASSIGN_OR_RETURN(const nlohmann::json* benchmarks,
                         required_list(json, "benchmarks", file, "benchmark"));
  const auto& list = *benchmarks;
  std::set<std::string> with_iterations;
  for (const auto& entry : list)
    if (entry.is_object() && entry.value("run_type", "iteration") == "iteration")
      with_iterations.insert(entry.value("run_name", entry.value("name", "")));

  std::vector<std::string> order;
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> times;  // real, cpu
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& entry = list[i];
    const std::string path = path_of("benchmarks", i);
    RAXOL_TRY(expect_object(entry, file, path.substr(0, path.size() - 1)));
    RAXOL_ASSIGN_OR_RETURN(const std::string name, required_string(entry, "name", file, path));
    if (entry.value("error_occurred", false))
      return malformed(file, path + "error_occurred",
                       "the benchmark failed: " + entry.value("error_message", std::string()));
    const std::string run_name = entry.value("run_name", name);
    const std::string run_type = entry.value("run_type", "iteration");
    if (run_type == "aggregate") {
      if (with_iterations.count(run_name) || entry.value("aggregate_name", "") != "mean") continue;
    } else if (run_type != "iteration") {
      return malformed(file, path + "run_type", "expected iteration or aggregate");
    }
    const std::string unit_name = entry.value("time_unit", "ns");
    const auto unit = convert_unit(unit_name);
    if (!unit || unit->unit != kUnitNanoseconds)
      return malformed(file, path + "time_unit", "unknown time unit \"" + unit_name + "\"");
    RAXOL_ASSIGN_OR_RETURN(double real, required_number(entry, "real_time", file, path, unit->factor));
    RAXOL_ASSIGN_OR_RETURN(double cpu, required_number(entry, "cpu_time", file, path, unit->factor));
    if (!times.count(run_name)) order.push_back(run_name);
    times[run_name].first.push_back(real);
    times[run_name].second.push_back(cpu);
  }
  if (order.empty()) return malformed(file, "benchmarks", "expected at least one benchmark");
  Measurements out;
  for (const auto& name : order) {
    out.push_back(measurement(name, "time", kUnitNanoseconds, times[name].first));
    out.push_back(measurement(name, "cpu_time", kUnitNanoseconds, times[name].second));
  }
  return out;
}

}  // namespace raxol::perf::ingest
