// `raxol-deploy deploy [TARGET]`: plan, then apply with progress, then show where things stand.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "commands/options.h"
#include "render/results.h"
#include "core/ci_summary.h"
#include "core/deploy_all.h"
#include "core/kind_options.h"
#include "render/deploy_report.h"
#include "core/project.h"

namespace raxol {

namespace {
struct DeployOptions {
  std::string target;
  std::string wait_timeout;
  bool dry_run = false;
  std::string message;
  BoundOptions kind_options;
};

// `deploy` with no target: every target in dependency order, then the summary table.
Status deploy_every_target(Context& context, const ProjectTargets& project,
                           const DeployRequest& request, bool dry_run) {
  RAXOL_ASSIGN_OR_RETURN(auto ordered, chosen_targets(project, {}, "deploy"));
  std::vector<const TargetSpec*> specs;
  for (const auto& spec : ordered) specs.push_back(&spec);
  RAXOL_TRY(check_kind_options(request.options, KindCommand::deploy, specs));
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
    app.add_option("--wait-timeout", options->wait_timeout,
                   "How long to wait for health checks or the site's build, e.g. 2m");
    app.add_flag("--dry-run", options->dry_run, "Print the plan and change nothing");
    app.add_option("--message", options->message,
                   "Description of this release (gh-pages: the commit message)");
    options->kind_options.bind(app, kind_option_specs(KindCommand::deploy));
    return [options](Context& context) -> Status {
      DeployRequest request;
      request.description = options->message;
      RAXOL_ASSIGN_OR_RETURN(request.options, options->kind_options.values());
      if (!options->wait_timeout.empty()) {
        RAXOL_ASSIGN_OR_RETURN(auto timeout,
                               parse_duration_option("--wait-timeout", options->wait_timeout));
        request.wait_timeout = timeout;
      }
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      if (options->target.empty() && project.targets.size() != 1)
        return deploy_every_target(context, project, request, options->dry_run);
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, options->target, "deploy"));
      RAXOL_TRY(check_kind_options(request.options, KindCommand::deploy, {&spec}));
      if (options->dry_run) {
        RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
        RAXOL_ASSIGN_OR_RETURN(Plan plan, target->plan(for_kind(request, spec.kind)));
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
