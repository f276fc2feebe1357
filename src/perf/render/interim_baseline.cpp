#include "perf/render/interim_baseline.h"

#include <algorithm>
#include <cmath>

namespace raxol::perf::render {

namespace {

double median_in_place(std::vector<double>& values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void judge(Series& series) {
  std::vector<double> window;
  for (size_t i = 0; i < series.points.size(); ++i) {
    SeriesPoint& point = series.points[i];
    const size_t first = i > kInterimWindow ? i - kInterimWindow : 0;
    if (i == 0) {
      point.verdict = kNew;
      continue;
    }
    window.clear();
    for (size_t j = first; j < i; ++j) window.push_back(series.points[j].value);
    const double centre = median_in_place(window);
    for (double& v : window) v = std::fabs(v - centre);
    const double spread = 1.4826 * median_in_place(window);
    const double half = std::max(3 * spread, 0.02 * std::fabs(centre));
    point.baseline = centre;
    point.band_low = centre - half;
    point.band_high = centre + half;
    if (i < kInterimMinimum) {
      point.verdict = kProvisional;
      continue;
    }
    const bool above = point.value > *point.band_high;
    const bool below = point.value < *point.band_low;
    const bool worse = series.direction == Direction::smaller ? above : below;
    const bool better = series.direction == Direction::smaller ? below : above;
    point.verdict = worse ? kRegression : better ? kImprovement : kUnchanged;
  }
}

}  // namespace

void apply_interim_baseline_rule(std::vector<Benchmark>& benchmarks) {
  for (auto& benchmark : benchmarks)
    for (auto& series : benchmark.series) judge(series);
}

}  // namespace raxol::perf::render
