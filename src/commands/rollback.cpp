// `raxol-deploy rollback [TARGET] [--to ID]`: makes an earlier release serve again, as a new
// release (history is never rewritten). --dry-run prints the numbered plan and needs no --yes.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/kind_options.h"
#include "core/project.h"
#include "core/rollback.h"
#include "render/results.h"
#include "render/show.h"

namespace raxol {

namespace {

Status run_rollback(Context& context, const OptionValues& values, AuditFacts& facts) {
  RollbackRequest request;
  request.to = values.text("to");
  request.options = kind_option_values(values, KindCommand::rollback);
  request.wait_timeout = values.duration("wait-timeout");
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, values.text("target"), "rollback"));
  RAXOL_ASSIGN_OR_RETURN(PlannedRollback planned, plan_rollback(context, spec, request));
  if (values.flag("dry-run")) {
    show_result(context.ui, plan_to_json(planned.plan), [&] { print_plan(context.ui, planned.plan); });
    return {};
  }
  const std::string to = request.to.empty() ? std::string("the previous good release") : request.to;
  if (!context.options.yes && !context.ui.confirm("Roll back " + spec.name + " to " + to + "?"))
    return make_error(ErrorKind::usage, "rollback not confirmed (pass --yes to skip the question)");
  AuditEntry& fact = facts.add(spec.name, spec.kind);
  fact.details["to"] = request.to.empty() ? "previous" : request.to;
  RAXOL_ASSIGN_OR_RETURN(Outcome outcome, apply_rollback(context, planned));
  fact.result = std::string(kRunResultNames.name(outcome.result));
  fact.release_before = outcome.release_before;
  fact.release_after = outcome.release_after;
  show_result(context.ui, outcome_to_json(outcome), [&] {
    if (auto status = planned.target->status(); status.ok()) print_status(context.ui, *status);
  });
  return {};
}

}  // namespace

CommandSpec rollback_command() {
  CommandSpec spec;
  spec.path = {"rollback"};
  spec.summary = "Make an earlier release serve again (default: the last good one before the current)";
  spec.mutating = true;
  spec.destructive = true;
  spec.arguments = {target_argument()};
  spec.options = {
      // --version is flyctl's spelling (`fly releases rollback --version 3`); inside rollback it
      // names the release, never the program's version (src/cli/argv_check.cpp).
      CommandOption{"to", OptionType::text, "Release to return to: v3, 3, or an id", "ID"}.with_alias(
          "version"),
      {"dry-run", OptionType::flag, "Print the numbered plan and change nothing"},
      wait_timeout_option(),
  };
  for (auto& option : kind_option_specs(KindCommand::rollback)) spec.options.push_back(option);
  spec.run = run_rollback;
  return spec;
}

}  // namespace raxol
