// Every point of the dashboard as the regression rule (perf/check/rule.h) judged its run when
// that run was the current one: the page shows what `perf check` said then, with the same
// baseline band, so the chart and the check never disagree.
#pragma once

#include <vector>

#include "perf/check/settings.h"
#include "perf/render/model.h"

namespace raxol::perf::render {

// `runs` in load_runs order (the ones dashboard_input was given).
void apply_rule_verdicts(std::vector<Benchmark>& benchmarks, const std::vector<Run>& runs,
                         const PerfSettings& settings);

}  // namespace raxol::perf::render
