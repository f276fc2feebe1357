// The job summary GitHub Actions shows on a run's page: Markdown appended to the file named by
// $GITHUB_STEP_SUMMARY (only when GITHUB_ACTIONS=true).
#pragma once

#include <string>

#include "raxol/context.h"

namespace raxol {

// Appends `markdown` (a trailing blank line is added); a write failure is only a warning.
void append_step_summary(Context& context, const std::string& markdown);

}  // namespace raxol
