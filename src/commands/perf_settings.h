// The [perf] settings of the project (raxol-deploy.toml or --config), read the same way by
// every perf command that applies the regression rule (check, render, publish).
#pragma once

#include "perf/check/settings.h"
#include "raxol/context.h"

namespace raxol {

// Defaults when there is no project file or no [perf]; its warnings go to the Ui.
Result<perf::PerfSettings> project_perf_settings(Context& context);

}  // namespace raxol
