// A rollback is a plan and its apply, like a deploy: plan_rollback() changes nothing (what
// `rollback --dry-run` prints), rollback_target() carries the plan out.
#pragma once

#include <memory>

#include "raxol/context.h"
#include "raxol/target.h"

namespace raxol {

struct PlannedRollback {
  std::unique_ptr<Target> target;  // kept open for apply and the status afterwards
  Plan plan;
};

// Opens the target and plans the rollback; a kind option the target does not take is refused.
Result<PlannedRollback> plan_rollback(Context& context, const TargetSpec& spec,
                                      const RollbackRequest& request);

// Applies a planned rollback, with progress.
Result<Outcome> apply_rollback(Context& context, PlannedRollback& planned);

}  // namespace raxol
