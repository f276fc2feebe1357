// `raxol-deploy plan [TARGET...]`: every step each target's deploy would take — machines to
// lease and update, files to upload, commits to make — without changing anything.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/perf_dashboard.h"
#include "render/results.h"
#include "render/show.h"
#include "core/deploy_order.h"
#include "core/kind_options.h"
#include "core/project.h"

namespace raxol {

Result<std::vector<TargetSpec>> chosen_targets(const ProjectTargets& project,
                                               const std::vector<std::string>& names,
                                               const std::string& command) {
  std::vector<TargetSpec> chosen;
  if (names.empty()) {
    chosen = project.targets;
  } else {
    for (const auto& name : names) {
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, name, command));
      chosen.push_back(spec);
    }
  }
  // Needs on targets not chosen do not constrain the order of the chosen ones.
  std::vector<TargetSpec> pruned = chosen;
  for (auto& spec : pruned) {
    std::vector<std::string> kept;
    for (const auto& need : spec.needs)
      for (const auto& other : chosen)
        if (other.name == need) kept.push_back(need);
    spec.needs = kept;
  }
  return deploy_order(pruned);
}

Status print_plans(Context& context, const std::vector<TargetSpec>& targets,
                   const DeployRequest& request, bool as_list) {
  std::vector<Plan> plans;
  nlohmann::json documents = nlohmann::json::array();
  for (const auto& spec : targets) {
    // A dashboard target's site is written first (local files only), so the plan shows it.
    RAXOL_TRY(render_perf_dashboard_for(context, spec));
    RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
    RAXOL_ASSIGN_OR_RETURN(Plan plan, target->plan(for_kind(request, spec.kind)));
    documents.push_back(plan_to_json(plan));
    plans.push_back(std::move(plan));
  }
  const nlohmann::json document =
      as_list || documents.empty() ? nlohmann::json{{"targets", documents}} : documents.at(0);
  show_result(context.ui, document, [&] {
    for (const auto& plan : plans) print_plan(context.ui, plan);
  });
  return {};
}

namespace {
Status run_plan(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  RAXOL_ASSIGN_OR_RETURN(auto targets, chosen_targets(project, values.list("targets"), "plan"));
  DeployRequest request;
  request.options = kind_option_values(values, KindCommand::deploy);
  std::vector<const TargetSpec*> specs;
  for (const auto& spec : targets) specs.push_back(&spec);
  RAXOL_TRY(check_kind_options(request.options, KindCommand::deploy, specs));
  return print_plans(context, targets, request);
}
}  // namespace

CommandSpec plan_command() {
  CommandSpec spec;
  spec.path = {"plan"};
  spec.summary = "Show every step a deploy would take, for each target; changes nothing";
  spec.arguments = {{"targets", OptionType::list, "Targets to plan (default: all, in deploy order)"}};
  for (auto& option : kind_option_specs(KindCommand::deploy)) spec.options.push_back(option);
  spec.run = run_plan;
  return spec;
}

}  // namespace raxol
