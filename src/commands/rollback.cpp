// `raxol-deploy rollback [TARGET] [--to ID]`: makes an earlier release serve again, as a new
// release (history is never rewritten).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "commands/options.h"
#include "commands/render.h"
#include "core/audit.h"
#include "core/project.h"

namespace raxol {

namespace {
struct RollbackOptions {
  std::string target;
  std::string to;
  bool with_release_command = false;
  bool dry_run = false;
  std::string strategy;
  std::string wait_timeout;
  std::string lock_wait;
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
    app.add_flag("--with-release-command", options->with_release_command,
                 "Also run fly.toml's release_command (skipped by default: migrations rarely run backwards)");
    app.add_flag("--dry-run", options->dry_run, "Print what would change and change nothing");
    app.add_option("--strategy", options->strategy, "Override the release's strategy (fly)")
        ->check(CLI::IsMember({"rolling", "immediate", "canary", "bluegreen"}));
    app.add_option("--wait-timeout", options->wait_timeout, "Per-machine start/check timeout (fly)");
    app.add_option("--lock-wait", options->lock_wait,
                   "Wait up to DURATION for another deploy of the target to finish");
    return [options](Context& context) -> Status {
      RollbackRequest request;
      request.to = options->to;
      request.with_release_command = options->with_release_command;
      request.dry_run = options->dry_run;
      request.overrides.strategy = options->strategy;
      if (!options->lock_wait.empty()) {
        RAXOL_ASSIGN_OR_RETURN(request.overrides.lock_wait,
                               parse_duration_option("--lock-wait", options->lock_wait));
      }
      if (!options->wait_timeout.empty()) {
        RAXOL_ASSIGN_OR_RETURN(auto timeout,
                               parse_duration_option("--wait-timeout", options->wait_timeout));
        request.overrides.wait_timeout = timeout;
      }
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, options->target, "rollback"));
      if (!options->dry_run && !context.options.yes &&
          !context.ui.confirm("Roll back " + spec.name + " to " +
                              (options->to.empty() ? std::string("the previous good release")
                                                   : options->to) + "?"))
        return make_error(ErrorKind::usage, "rollback not confirmed (pass --yes to skip the question)");
      RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
      auto progress = context.ui.start_progress("machines", "machines");
      const auto started = context.clock.steady_now();
      auto rolled = target->rollback(request, *progress);
      progress->finish({});
      if (!options->dry_run) {
        AuditEntry entry;
        entry.action = "rollback";
        entry.target = spec.name;
        entry.kind = spec.kind;
        entry.result = rolled.ok() ? rolled->result : "failed";
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
      }
      RAXOL_ASSIGN_OR_RETURN(Outcome outcome, std::move(rolled));
      if (context.ui.json_mode()) {
        context.ui.print_json(outcome_to_json(outcome));
      } else if (outcome.result == "planned") {
        context.ui.print_text(outcome.details.dump(2));
      } else if (auto status = target->status(); status.ok()) {
        print_status(context.ui, *status);
      }
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
