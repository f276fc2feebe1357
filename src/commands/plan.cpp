// `raxol-deploy plan [TARGET...]`: every step each target's deploy would take — machines to
// lease and update, files to upload, commits to make — without changing anything.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "render/results.h"
#include "commands/options.h"
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
                   const DeployRequest& request) {
  nlohmann::json plans = nlohmann::json::array();
  for (const auto& spec : targets) {
    RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
    RAXOL_ASSIGN_OR_RETURN(Plan plan, target->plan(for_kind(request, spec.kind)));
    if (context.ui.json_mode()) plans.push_back(plan_to_json(plan));
    else print_plan(context.ui, plan);
  }
  if (context.ui.json_mode()) context.ui.print_json({{"targets", plans}});
  return {};
}

CommandSpec plan_command() {
  CommandSpec spec;
  spec.path = {"plan"};
  spec.summary = "Show every step a deploy would take, for each target; changes nothing";
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto names = std::make_shared<std::vector<std::string>>();
    auto kind_options = std::make_shared<BoundOptions>();
    app.add_option("targets", *names, "Targets to plan (default: all, in deploy order)");
    kind_options->bind(app, kind_option_specs(KindCommand::deploy));
    return [names, kind_options](Context& context) -> Status {
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      RAXOL_ASSIGN_OR_RETURN(auto targets, chosen_targets(project, *names, "plan"));
      DeployRequest request;
      RAXOL_ASSIGN_OR_RETURN(request.options, kind_options->values());
      std::vector<const TargetSpec*> specs;
      for (const auto& spec : targets) specs.push_back(&spec);
      RAXOL_TRY(check_kind_options(request.options, KindCommand::deploy, specs));
      return print_plans(context, targets, request);
    };
  };
  return spec;
}

}  // namespace raxol
