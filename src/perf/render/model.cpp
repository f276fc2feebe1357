#include "perf/render/model.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "perf/history.h"

namespace raxol::perf::render {

namespace {

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

SeriesPoint point_of(const Run& run, const Measurement& m) {
  SeriesPoint point;
  point.value = median_of(m.values);
  const auto [low, high] = std::minmax_element(m.values.begin(), m.values.end());
  // One repetition has no spread of its own; the tool's interval is the best range we have.
  point.min = m.values.size() == 1 && m.lower ? *m.lower : *low;
  point.max = m.values.size() == 1 && m.upper ? *m.upper : *high;
  point.repetitions = static_cast<int>(m.values.size());
  point.sha = run.commit;
  point.date = run.created_at;
  point.ref = run.ref;
  return point;
}

std::string page_of(const std::string& benchmark) {
  std::string file = series_file_name(benchmark);
  file.resize(file.size() - 5);  // ".json"
  return "b/" + file + ".html";
}

}  // namespace

std::vector<Benchmark> dashboard_input(const std::vector<Run>& runs) {
  // name -> (measure, testbed) -> series; std::map keeps the output order stable.
  std::map<std::string, std::map<std::pair<std::string, std::string>, Series>> grouped;
  std::map<std::string, std::string> suites;
  for (const auto& run : runs) {
    for (const auto& m : run.measurements) {
      if (m.values.empty()) continue;
      Series& series = grouped[m.benchmark][{m.measure, run.testbed}];
      series.measure = m.measure;
      series.testbed = run.testbed;
      series.unit = m.unit;
      series.direction = m.direction;
      series.points.push_back(point_of(run, m));
      suites[m.benchmark] = run.suite;
    }
  }
  std::vector<Benchmark> benchmarks;
  for (auto& [name, by_key] : grouped) {
    Benchmark benchmark{name, suites[name], page_of(name), {}};
    for (auto& [key, series] : by_key) benchmark.series.push_back(std::move(series));
    benchmarks.push_back(std::move(benchmark));
  }
  std::stable_sort(benchmarks.begin(), benchmarks.end(), [](const auto& a, const auto& b) {
    return std::tie(a.suite, a.name) < std::tie(b.suite, b.name);
  });
  return benchmarks;
}

std::optional<double> latest_change(const Series& series) {
  const SeriesPoint& last = series.points.back();
  if (!last.baseline || *last.baseline == 0) return std::nullopt;
  return (last.value - *last.baseline) / *last.baseline;
}

}  // namespace raxol::perf::render
