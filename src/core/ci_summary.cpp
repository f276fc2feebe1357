#include "core/ci_summary.h"

namespace raxol {

void append_step_summary(Context& context, const std::string& markdown) {
  if (context.env.get("GITHUB_ACTIONS").value_or("") != "true") return;
  auto file = context.env.get("GITHUB_STEP_SUMMARY");
  if (!file || file->empty()) return;
  // Summaries are public in the run page: pass them through the redactor like any output.
  Status written = context.fs.append_line(*file, context.redactor.redact(markdown) + "\n");
  if (!written.ok()) context.ui.warn("could not write the job summary: " + written.error().message);
}

}  // namespace raxol
