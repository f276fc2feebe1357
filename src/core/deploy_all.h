// Deploys several targets in order: a required target's failure stops the run (the rest are
// not touched), an optional target's failure is a warning and the run goes on — except for the
// targets that need it, which are skipped. Ends with one line per target.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/audit.h"
#include "raxol/context.h"
#include "raxol/target.h"

namespace raxol {

struct TargetRun {
  TargetSpec spec;
  RunResult result = RunResult::not_started;
  std::string release_before;
  std::string release_after;
  std::string url;
  std::chrono::milliseconds duration{0};
  std::string reason;  // for failed/skipped/not started: why
  std::optional<Error> error;
};

struct DeployAllReport {
  std::vector<TargetRun> runs;
  // The run's outcome as an error, or nullopt when every target deployed: the first required
  // failure as it was (so a rollback keeps exit code 4), else `partial` for optional failures.
  std::optional<Error> failure;
};

// `ordered` is in deploy order (core/deploy_order.h).
DeployAllReport deploy_all(Context& context, const std::vector<TargetSpec>& ordered,
                           const DeployRequest& request);

// Deploys one target (plan, then apply), timing it; the Outcome is kept for callers that show
// more than the summary row. The request's kind options that `spec`'s kind does not take are
// left out (deploy_all passes one request to every kind).
TargetRun deploy_target(Context& context, const TargetSpec& spec, const DeployRequest& request,
                        std::optional<Outcome>* outcome = nullptr);

// One audit fact per target the run touched (skipped and untouched ones are left out).
void add_audit_facts(const DeployAllReport& report, AuditFacts& facts);

}  // namespace raxol
