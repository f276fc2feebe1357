// `raxol-deploy status [TARGET]`: what is serving, per target (all targets when none is named).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "render/results.h"
#include "core/project.h"

namespace raxol {

CommandSpec status_command() {
  CommandSpec spec;
  spec.path = {"status"};
  spec.summary = "Show what each target is serving (machines, release, health)";
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto target_name = std::make_shared<std::string>();
    app.add_option("target", *target_name, "Only this target");
    return [target_name](Context& context) -> Status {
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      std::vector<TargetSpec> specs;
      if (!target_name->empty()) {
        RAXOL_ASSIGN_OR_RETURN(auto one, select_target(project, *target_name, "status"));
        specs.push_back(one);
      } else {
        specs = project.targets;
      }
      nlohmann::json all = nlohmann::json::array();
      std::optional<Error> first_error;
      for (const auto& spec : specs) {
        auto status = [&]() -> Result<TargetStatus> {
          RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
          return target->status();
        }();
        if (!status.ok()) {
          // One unreachable target must not hide the others: report it and go on.
          if (!first_error) first_error = status.error();
          all.push_back({{"target", spec.name}, {"kind", spec.kind},
                         {"error", status.error().message}});
          if (!context.ui.json_mode())
            context.ui.print_text(spec.name + " (" + spec.kind + ")  " +
                                  context.ui.style("unknown", Style::red) + "  " +
                                  status.error().message + "\n");
          continue;
        }
        all.push_back(status_to_json(*status));
        if (!context.ui.json_mode()) print_status(context.ui, *status);
      }
      if (context.ui.json_mode())
        context.ui.print_json(target_name->empty() ? nlohmann::json{{"targets", all}} : all.at(0));
      if (first_error) return *first_error;
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
