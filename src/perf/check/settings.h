// The `[perf]` table of raxol-deploy.toml: the rule's parameters and per-benchmark overrides.
//   [perf]
//   tolerance = "5%"          # or a number of percent: 5
//   window = 15               # baseline runs (the last N on the default branch)
//   min_runs = 5              # fewer: provisional verdicts (tolerance only, never fail)
//   consecutive = 1           # fail after N consecutive regressions on the default branch
//   default_branch = "main"
//   target = "gh-pages"       # where the dashboard is published (read by perf publish)
//   [[perf.benchmarks]]
//   match = "parser/**"       # util/glob.h against the benchmark name
//   tolerance = "10%"; window = 20; min_runs = 8; direction = "bigger"; ignore = true
// Among the matching overrides the most specific wins: the one whose pattern has the most
// characters that are not wildcards; a tie goes to the first in the file. Kept in perf/ with a
// toml++ table as input because perf/ may not include config/ or core/.
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <vector>

#include "perf/run.h"
#include "raxol/filesystem.h"
#include "raxol/source_location.h"

namespace raxol::perf {

struct RuleParams {
  double tolerance = 0.05;  // a fraction: 0.05 = 5 %
  int window = 15;
  int min_runs = 5;
  int consecutive = 1;
  std::optional<Direction> direction;  // overrides the measurement's
  bool ignore = false;
};

struct BenchmarkOverride {
  std::string match;
  std::optional<double> tolerance;
  std::optional<int> window;
  std::optional<int> min_runs;
  std::optional<Direction> direction;
  std::optional<bool> ignore;
};

struct PerfSettings {
  RuleParams defaults;
  std::string default_branch = "main";
  std::string target;
  std::vector<BenchmarkOverride> benchmarks;
};

inline constexpr int kMinimumWindow = 5;

// `perf` is the value of the top-level `perf` key; `file` names raxol-deploy.toml in errors
// (ErrorKind::config, "FILE:LINE:COL: perf.KEY: ..."). Unknown keys go to `diagnostics`.
Result<PerfSettings> parse_perf_settings(const toml::node& perf, const std::string& file,
                                         Diagnostics& diagnostics);

// The [perf] table of the project file at `path` (the defaults when the file has none, or
// when `path` is empty). Malformed TOML is a config error naming FILE:LINE:COL.
Result<PerfSettings> load_perf_settings(const FileSystem& fs, const std::filesystem::path& path,
                                        Diagnostics& diagnostics);

// "5%", "5 %" or "5" -> 0.05; nullopt when it is not a non-negative number.
std::optional<double> parse_percent(const std::string& text);

// The parameters for one benchmark: the defaults, then the most specific matching override.
RuleParams params_for(const PerfSettings& settings, const std::string& benchmark);

}  // namespace raxol::perf
