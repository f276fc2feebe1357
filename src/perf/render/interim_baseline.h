// A STAND-IN for the regression rule of src/perf/check/ (issue 13): it fills the verdict and
// the baseline band of every point so the pages can be built and reviewed before the real
// rule exists. Replace the one call in the render command with the rule's Verdicts and delete
// this file; nothing else depends on how the band is computed.
//
// The stand-in: for each point, the previous kInterimWindow points of its series are the
// baseline; centre = their median, spread = 1.4826 × MAD (a standard deviation estimate
// that one outlier cannot move), band = centre ± max(3 × spread, 2 % of the centre). Fewer
// than kInterimMinimum previous points -> "provisional" (none -> "new"); outside the band on
// the worse side -> "regression", on the better side -> "improvement", else "unchanged".
#pragma once

#include <vector>

#include "perf/render/model.h"

namespace raxol::perf::render {

inline constexpr size_t kInterimWindow = 20;
inline constexpr size_t kInterimMinimum = 3;

void apply_interim_baseline_rule(std::vector<Benchmark>& benchmarks);

}  // namespace raxol::perf::render
