// `raxol-deploy deploy [TARGET]`: plan, then apply with progress, then show where things stand.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/ci_summary.h"
#include "core/deploy_all.h"
#include "core/kind_options.h"
#include "core/project.h"
#include "render/deploy_report.h"
#include "render/results.h"
#include "render/show.h"

namespace raxol {

namespace {

// `deploy` with no target: every target in dependency order, then the summary table.
Status deploy_every_target(Context& context, const ProjectTargets& project,
                           const DeployRequest& request, bool dry_run, AuditFacts& facts) {
  RAXOL_ASSIGN_OR_RETURN(auto ordered, chosen_targets(project, {}, "deploy"));
  std::vector<const TargetSpec*> specs;
  for (const auto& spec : ordered) specs.push_back(&spec);
  RAXOL_TRY(check_kind_options(request.options, KindCommand::deploy, specs));
  if (dry_run) return print_plans(context, ordered, request);
  DeployAllReport report = deploy_all(context, ordered, request);
  add_audit_facts(report, facts);
  append_step_summary(context, deploy_report_markdown(report, "raxol-deploy deploy"));
  show_result(context.ui, deploy_report_json(report),
              [&] { context.ui.print_text(deploy_report_table(report)); });
  if (report.failure) return *report.failure;
  return {};
}

Status deploy_one_target(Context& context, const TargetSpec& spec, const DeployRequest& request,
                         bool dry_run, AuditFacts& facts) {
  RAXOL_TRY(check_kind_options(request.options, KindCommand::deploy, {&spec}));
  if (dry_run) return print_plans(context, {spec}, request, /*as_list=*/false);
  std::optional<Outcome> outcome;
  TargetRun run = deploy_target(context, spec, request, &outcome);
  DeployAllReport report{{run}, run.error};
  add_audit_facts(report, facts);
  append_step_summary(context, deploy_report_markdown(report, "raxol-deploy deploy " + spec.name));
  if (run.error) return *run.error;
  auto status = [&]() -> Result<TargetStatus> {
    RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
    return target->status();
  }();
  nlohmann::json json = outcome_to_json(*outcome);
  if (status.ok()) json["status"] = status_to_json(*status);
  show_result(context.ui, json, [&] {
    if (status.ok()) print_status(context.ui, *status);
    else context.ui.warn("deployed, but the status could not be read: " + status.error().message);
  });
  return {};
}

Status run_deploy(Context& context, const OptionValues& values, AuditFacts& facts) {
  DeployRequest request;
  request.description = values.text("message");
  request.options = kind_option_values(values, KindCommand::deploy);
  request.wait_timeout = values.duration("wait-timeout");
  const bool dry_run = values.flag("dry-run");
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  const std::string name = values.text("target");
  if (name.empty() && project.targets.size() != 1)
    return deploy_every_target(context, project, request, dry_run, facts);
  RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, name, "deploy"));
  return deploy_one_target(context, spec, request, dry_run, facts);
}

}  // namespace

CommandSpec deploy_command() {
  CommandSpec spec;
  spec.path = {"deploy"};
  spec.summary = "Deploy a target (fly: --image REF); --dry-run shows the exact plan";
  spec.mutating = true;
  spec.arguments = {target_argument(
      "Target to deploy (fly, pages, gh-pages...); default: every target in order")};
  spec.options = {
      wait_timeout_option(),
      {"dry-run", OptionType::flag, "Print the plan and change nothing"},
      {"message", OptionType::text, "Description of this release (gh-pages: the commit message)"},
  };
  for (auto& option : kind_option_specs(KindCommand::deploy)) spec.options.push_back(option);
  spec.run = run_deploy;
  return spec;
}

}  // namespace raxol
