// `raxol-deploy rollback [TARGET] [--to ID]`: makes an earlier release serve again, as a new
// release (history is never rewritten).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "commands/options.h"
#include "render/results.h"
#include "core/audit.h"
#include "core/project.h"
#include "core/kind_options.h"
#include "core/rollback.h"

namespace raxol {

namespace {
struct RollbackOptions {
  std::string target;
  std::string to;
  bool dry_run = false;
  std::string wait_timeout;
  BoundOptions kind_options;
};
}  // namespace

CommandSpec rollback_command() {
  CommandSpec spec;
  spec.path = {"rollback"};
  spec.summary = "Make an earlier release serve again (default: the last good one before the current)";
  spec.mutating = true;
  spec.destructive = true;
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto options = std::make_shared<RollbackOptions>();
    app.add_option("target", options->target, "Target (fly, pages, gh-pages...)");
    app.add_option("--to,--version", options->to, "Release to return to: v3, 3, or an id");
    app.add_flag("--dry-run", options->dry_run, "Print the numbered plan and change nothing");
    app.add_option("--wait-timeout", options->wait_timeout,
                   "How long to wait for health checks or the site's build, e.g. 2m");
    options->kind_options.bind(app, kind_option_specs(KindCommand::rollback));
    return [options](Context& context) -> Status {
      RollbackRequest request;
      request.to = options->to;
      RAXOL_ASSIGN_OR_RETURN(request.options, options->kind_options.values());
      if (!options->wait_timeout.empty()) {
        RAXOL_ASSIGN_OR_RETURN(auto timeout,
                               parse_duration_option("--wait-timeout", options->wait_timeout));
        request.wait_timeout = timeout;
      }
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, options->target, "rollback"));
      RAXOL_ASSIGN_OR_RETURN(PlannedRollback planned, plan_rollback(context, spec, request));
      if (options->dry_run) {
        if (context.ui.json_mode()) context.ui.print_json(plan_to_json(planned.plan));
        else print_plan(context.ui, planned.plan);
        return {};
      }
      if (!context.options.yes &&
          !context.ui.confirm("Roll back " + spec.name + " to " +
                              (options->to.empty() ? std::string("the previous good release")
                                                   : options->to) + "?"))
        return make_error(ErrorKind::usage, "rollback not confirmed (pass --yes to skip the question)");
      const auto started = context.clock.steady_now();
      auto rolled = apply_rollback(context, planned);
      AuditEntry entry;
      entry.action = "rollback";
      entry.target = spec.name;
      entry.kind = spec.kind;
      entry.result = rolled.ok() ? std::string(kRunResultNames.name(rolled->result)) : "failed";
      if (rolled.ok()) {
        entry.release_before = rolled->release_before;
        entry.release_after = rolled->release_after;
      } else {
        entry.error = rolled.error().message;
      }
      entry.details["to"] = options->to.empty() ? "previous" : options->to;
      entry.duration_seconds =
          std::chrono::duration<double>(context.clock.steady_now() - started).count();
      record_audit(context, entry);
      RAXOL_ASSIGN_OR_RETURN(Outcome outcome, std::move(rolled));
      if (context.ui.json_mode()) {
        context.ui.print_json(outcome_to_json(outcome));
      } else if (auto status = planned.target->status(); status.ok()) {
        print_status(context.ui, *status);
      }
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
