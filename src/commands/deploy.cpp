// `raxol-deploy deploy [TARGET]`: plan, then apply with progress, then show where things stand.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "commands/options.h"
#include "commands/render.h"
#include "core/ci_summary.h"
#include "core/deploy_all.h"
#include "core/project.h"

namespace raxol {

namespace {
struct DeployOptions {
  std::string target;
  std::string image;
  std::string strategy;
  std::optional<double> max_unavailable;
  std::string wait_timeout;
  bool dry_run = false;
  bool skip_release_command = false;
  std::string branch;
  std::string commit_hash;
  std::string commit_message;
  std::optional<bool> commit_dirty;
  std::string message;
  std::string lock_wait;
};

// `deploy` with no target: every target in dependency order, then the summary table.
Status deploy_every_target(Context& context, const ProjectTargets& project,
                           const DeployRequest& request, bool dry_run) {
  RAXOL_ASSIGN_OR_RETURN(auto ordered, chosen_targets(project, {}, "deploy"));
  if (dry_run) return print_plans(context, ordered, request);
  DeployAllReport report = deploy_all(context, ordered, request);
  append_step_summary(context, deploy_report_markdown(report, "raxol-deploy deploy"));
  if (context.ui.json_mode()) {
    context.ui.print_json(deploy_report_json(report));
  } else {
    context.ui.print_text(deploy_report_table(report));
  }
  if (report.failure) return *report.failure;
  return {};
}

}  // namespace

CommandSpec deploy_command() {
  CommandSpec spec;
  spec.path = {"deploy"};
  spec.summary = "Deploy a target (fly: --image REF); --dry-run shows the exact plan";
  spec.mutating = true;
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto options = std::make_shared<DeployOptions>();
    app.add_option("target", options->target,
                   "Target to deploy (fly, pages, gh-pages...); default: every target in order");
    app.add_option("--image", options->image, "Image reference to deploy (fly)");
    app.add_option("--strategy", options->strategy, "rolling, immediate, canary or bluegreen (fly)")
        ->check(CLI::IsMember({"rolling", "immediate", "canary", "bluegreen"}));
    app.add_option("--max-unavailable", options->max_unavailable,
                   "Machines down at once: a fraction (0.33) or a count (2) (fly, rolling)");
    app.add_option("--wait-timeout", options->wait_timeout,
                   "How long a machine may take to start and pass checks (fly), e.g. 2m");
    app.add_flag("--dry-run", options->dry_run, "Print the plan and change nothing");
    app.add_flag("--skip-release-command", options->skip_release_command,
                 "Do not run fly.toml's release_command (fly)");
    app.add_option("--branch", options->branch,
                   "Branch to deploy to (pages: a preview unless it is the production branch; "
                   "gh-pages: the publish branch)");
    app.add_option("--commit-hash", options->commit_hash,
                   "Source commit recorded with the deployment (default: git HEAD)");
    app.add_option("--commit-message", options->commit_message,
                   "Source commit message recorded with the deployment (default: from git)");
    app.add_option("--commit-dirty", options->commit_dirty,
                   "Whether the work tree had uncommitted changes (default: from git)");
    app.add_option("--lock-wait", options->lock_wait,
                   "Wait up to DURATION for another deploy of the target to finish (e.g. 5m)");
    app.add_option("--message", options->message,
                   "Description of this release (gh-pages: the commit message)");
    return [options](Context& context) -> Status {
      DeployRequest request;
      request.image = options->image;
      request.strategy = options->strategy;
      request.max_unavailable = options->max_unavailable;
      request.with_release_command = !options->skip_release_command;
      request.branch = options->branch;
      request.commit_hash = options->commit_hash;
      request.commit_message = options->commit_message;
      request.commit_dirty = options->commit_dirty;
      request.description = options->message;
      if (!options->lock_wait.empty()) {
        RAXOL_ASSIGN_OR_RETURN(request.lock_wait,
                               parse_duration_option("--lock-wait", options->lock_wait));
      }
      if (!options->wait_timeout.empty()) {
        RAXOL_ASSIGN_OR_RETURN(auto timeout,
                               parse_duration_option("--wait-timeout", options->wait_timeout));
        request.wait_timeout = timeout;
      }
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      if (options->target.empty() && project.targets.size() != 1)
        return deploy_every_target(context, project, request, options->dry_run);
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, options->target, "deploy"));
      if (options->dry_run) {
        RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
        RAXOL_ASSIGN_OR_RETURN(Plan plan, target->plan(request));
        if (context.ui.json_mode()) context.ui.print_json(plan_to_json(plan));
        else print_plan(context.ui, plan);
        return {};
      }
      std::optional<Outcome> outcome;
      TargetRun run = deploy_target(context, spec, request, &outcome);
      DeployAllReport report{{run}, run.error};
      append_step_summary(context, deploy_report_markdown(report, "raxol-deploy deploy " + spec.name));
      if (run.error) return *run.error;
      auto status = [&]() -> Result<TargetStatus> {
        RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
        return target->status();
      }();
      if (context.ui.json_mode()) {
        nlohmann::json json = outcome_to_json(*outcome);
        if (status.ok()) json["status"] = status_to_json(*status);
        context.ui.print_json(json);
      } else if (status.ok()) {
        print_status(context.ui, *status);
      } else {
        context.ui.warn("deployed, but the status could not be read: " + status.error().message);
      }
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
