#include "core/rollback.h"

#include "core/kind_options.h"
#include "core/project.h"

namespace raxol {

Result<PlannedRollback> plan_rollback(Context& context, const TargetSpec& spec,
                                      const RollbackRequest& request) {
  RAXOL_TRY(check_kind_options(request.options, KindCommand::rollback, {&spec}));
  PlannedRollback planned;
  RAXOL_ASSIGN_OR_RETURN(planned.target, open_target(spec, context));
  RAXOL_ASSIGN_OR_RETURN(planned.plan, planned.target->plan_rollback(for_kind(request, spec.kind)));
  return planned;
}

Result<Outcome> apply_rollback(Context& context, PlannedRollback& planned) {
  auto progress = context.ui.start_progress("machines", "machines");
  auto outcome = planned.target->apply(planned.plan, *progress);
  progress->finish({});
  return outcome;
}

}  // namespace raxol
