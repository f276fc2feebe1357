// The performance dashboard as the github-pages target's site: when the project's [perf]
// names a target (`target = "gh-pages"`), `plan`/`deploy` of that target first write the
// dashboard into the target's `directory` — the pages (as `perf render`) and the history's
// data/ (runs, series, manifest) — so that what is published is the dashboard with its data.
#pragma once

#include "perf/check/settings.h"
#include "raxol/context.h"
#include "raxol/target_spec.h"

namespace raxol {

// Does nothing (and succeeds) when [perf] names no target or another one. Takes the runs
// already published on the target (PublishedFilesFacet) into the local history first.
Status render_perf_dashboard_for(Context& context, const TargetSpec& spec);

// Copies the runs published on `spec` that `history` lacks into it (runs are immutable).
Status take_published_runs(Context& context, const TargetSpec& spec,
                           const std::filesystem::path& history);

// Renders the history at `history` into the target's folder, with settings already read.
Status render_perf_dashboard(Context& context, const TargetSpec& spec,
                             const perf::PerfSettings& settings,
                             const std::filesystem::path& history);

}  // namespace raxol
