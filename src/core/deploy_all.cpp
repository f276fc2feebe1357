#include "core/deploy_all.h"

#include "core/perf_dashboard.h"

#include <nlohmann/json.hpp>
#include <set>

#include "core/audit.h"
#include "core/kind_options.h"
#include "core/project.h"

namespace raxol {

namespace {

constexpr int kDashboardAttempts = 5;

bool lost_race(const Result<Outcome>& outcome) {
  return !outcome.ok() && outcome.error().kind == ErrorKind::conflict &&
         !outcome.error().notes.empty() && outcome.error().notes.front() == kLostRaceNote;
}

}  // namespace

TargetRun deploy_target(Context& context, const TargetSpec& spec, const DeployRequest& request,
                        std::optional<Outcome>* kept) {
  TargetRun run;
  run.spec = spec;
  const auto started = context.clock.steady_now();
  auto once = [&]() -> Result<Outcome> {
    RAXOL_TRY(render_perf_dashboard_for(context, spec));
    RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
    context.ui.step("Planning " + spec.name);
    RAXOL_ASSIGN_OR_RETURN(Plan plan, target->plan(for_kind(request, spec.kind)));
    auto progress = context.ui.start_progress(spec.name, "items");
    auto applied = target->apply(plan, *progress);
    progress->finish({});
    return applied;
  };
  auto outcome = once();
  // A dashboard that lost a race to another publisher is rendered again over the runs now on
  // the branch (theirs and ours) and published again, a bounded number of times.
  for (int attempt = 2; attempt <= kDashboardAttempts && lost_race(outcome); ++attempt) {
    context.ui.info(spec.name + ": another publish landed first; rendering the dashboard again "
                    "over its runs (attempt " + std::to_string(attempt) + " of " +
                    std::to_string(kDashboardAttempts) + ")");
    context.clock.sleep_for(std::chrono::milliseconds(100 * attempt));
    outcome = once();
  }
  run.duration = std::chrono::duration_cast<std::chrono::milliseconds>(context.clock.steady_now() -
                                                                        started);
  if (outcome.ok()) {
    run.result = outcome->result;
    run.release_before = outcome->release_before;
    run.release_after = outcome->release_after;
    run.url = outcome->url;
    if (kept != nullptr) *kept = *outcome;
  } else {
    run.error = outcome.error();
    run.result = outcome.error().kind == ErrorKind::rolled_back ? RunResult::rolled_back
                                                                : RunResult::failed;
    run.reason = outcome.error().message;
  }
  return run;
}

void add_audit_facts(const DeployAllReport& report, AuditFacts& facts) {
  for (const auto& run : report.runs) {
    if (run.result == RunResult::not_started || run.result == RunResult::skipped) continue;
    AuditEntry& entry = facts.add(run.spec.name, run.spec.kind);
    entry.result = std::string(kRunResultNames.name(run.result));
    entry.release_before = run.release_before;
    entry.release_after = run.release_after;
    entry.duration_seconds = run.duration.count() / 1000.0;
    if (run.error) entry.error = run.error->message;
  }
}

DeployAllReport deploy_all(Context& context, const std::vector<TargetSpec>& ordered,
                           const DeployRequest& request) {
  DeployAllReport report;
  std::set<std::string> unavailable;  // failed or skipped: their dependents cannot deploy
  std::optional<Error> required_failure;
  bool optional_failed = false;
  for (const auto& spec : ordered) {
    TargetRun run;
    run.spec = spec;
    if (required_failure) {
      run.result = RunResult::not_started;
      run.reason = "a required target failed before it";
      report.runs.push_back(run);
      continue;
    }
    std::string missing;
    for (const auto& need : spec.needs)
      if (unavailable.count(need)) missing = need;
    if (!missing.empty()) {
      run.result = RunResult::skipped;
      run.reason = "needs " + missing + ", which did not deploy";
      unavailable.insert(spec.name);
      report.runs.push_back(run);
      continue;
    }
    if (context.cancel.requested()) {
      run.result = RunResult::not_started;
      run.reason = "interrupted";
      report.runs.push_back(run);
      continue;
    }
    context.ui.begin_group("Deploying " + spec.name + " (" + spec.kind + ")");
    run = deploy_target(context, spec, request);
    context.ui.end_group();
    if (run.error) {
      unavailable.insert(spec.name);
      if (spec.optional && run.error->kind != ErrorKind::interrupted) {
        optional_failed = true;
        context.ui.warn(spec.name + " is optional and failed; going on: " + run.error->message);
      } else {
        required_failure = *run.error;  // printed once, by the command, with the summary
      }
    }
    report.runs.push_back(std::move(run));
  }
  if (required_failure) {
    Error error = *required_failure;
    std::string untouched;
    for (const auto& run : report.runs)
      if (run.result == RunResult::not_started) untouched += (untouched.empty() ? "" : ", ") + run.spec.name;
    for (const auto& run : report.runs)
      if (run.error && run.error->message == required_failure->message)
        error.message = "deploy stopped: " + run.spec.name + " " +
                        std::string(kRunResultNames.name(run.result)) + ": " +
                        required_failure->message;
    if (!untouched.empty()) error.notes.push_back(untouched + ": not touched");
    report.failure = error;
  } else if (optional_failed) {
    std::string failed;
    for (const auto& run : report.runs)
      if (run.error) failed += (failed.empty() ? "" : ", ") + run.spec.name;
    report.failure = make_error(ErrorKind::partial,
                                "every required target deployed; optional " + failed + " failed");
  }
  return report;
}

}  // namespace raxol
