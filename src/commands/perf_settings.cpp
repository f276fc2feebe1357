#include "commands/perf_settings.h"

#include "core/project.h"

namespace raxol {

Result<perf::PerfSettings> project_perf_settings(Context& context) {
  Diagnostics diagnostics;
  RAXOL_ASSIGN_OR_RETURN(perf::PerfSettings settings,
                         perf::load_perf_settings(context.fs, project_file(context), diagnostics));
  for (const auto& diagnostic : diagnostics) context.ui.warn(diagnostic.to_string());
  return settings;
}

}  // namespace raxol
