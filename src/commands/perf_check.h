// What `perf check` does, in the two halves `perf publish` also uses: work out the report
// (read-only), and, once it is shown, the step summary, the annotations and the verdict.
#pragma once

#include "raxol/context.h"
#include "raxol/options.h"
#include "render/perf_check.h"

namespace raxol {

// The verdicts of the run --run (default: the newest) against --baseline, with [perf] and
// --tolerance applied.
Result<PerfCheckReport> perf_check_report(Context& context, const OptionValues& values);

// Writes the step summary and annotations; a failing regression is ErrorKind::regression
// (exit 8) unless --fail-on never.
Status perf_check_outcome(Context& context, const OptionValues& values,
                          const PerfCheckReport& report);

}  // namespace raxol
