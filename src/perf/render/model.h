// What the dashboard pages need, and nothing more: one series per benchmark × measure ×
// testbed, one point per run. The renderer reads only these structs; the regression rule
// (src/perf/check/) fills `verdict`, `band_low` and `band_high` through rule_verdicts.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "perf/run.h"

namespace raxol::perf::render {

// The verdict kinds as the pages name them (CSS classes, badges, point shapes).
inline constexpr const char* kRegression = "regression";
inline constexpr const char* kImprovement = "improvement";
inline constexpr const char* kUnchanged = "unchanged";
inline constexpr const char* kProvisional = "provisional";
inline constexpr const char* kNew = "new";

struct SeriesPoint {
  double value = 0;  // median of the repetitions, canonical unit
  double min = 0;    // the repetitions' range (or the tool's own lower/upper for one value)
  double max = 0;
  int repetitions = 0;
  std::string sha;
  std::string date;  // RFC 3339, when the run was ingested
  std::string ref;
  std::string verdict = kNew;       // one of the kinds above
  std::optional<double> band_low;   // the baseline's noise band at this point, when there is one
  std::optional<double> band_high;
  std::optional<double> baseline;   // the band's centre
};

struct Series {
  std::string measure;  // "time", "memory", ...
  std::string testbed;
  std::string unit;     // canonical
  Direction direction = Direction::smaller;
  std::vector<SeriesPoint> points;  // run order, oldest first; never empty
};

struct Benchmark {
  std::string name;   // "parser/parse_ansi"
  std::string suite;  // the suite of its latest run
  std::string page;   // "b/<series_file_name with .html>", relative to the output folder
  std::vector<Series> series;  // sorted by measure, then testbed
};

// Benchmarks sorted by suite, then name; runs must be in load_runs order (oldest first).
// Verdicts and bands are left empty ("new", no band): apply_rule_verdicts fills them.
std::vector<Benchmark> dashboard_input(const std::vector<Run>& runs);

// The change of the latest point against its baseline centre, as a fraction (0.12 = +12 %).
std::optional<double> latest_change(const Series& series);

}  // namespace raxol::perf::render
