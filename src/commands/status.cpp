// `raxol-deploy status [TARGET]`: what is serving, per target (all targets when none is named).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/project.h"
#include "render/exit_codes.h"
#include "render/results.h"
#include "render/show.h"

namespace raxol {

namespace {

Result<TargetStatus> read_status(Context& context, const TargetSpec& spec) {
  RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
  return target->status();
}

// One target: its status, or its error as the one --json error envelope (printed by cli/).
Status status_of_one(Context& context, const TargetSpec& spec) {
  RAXOL_ASSIGN_OR_RETURN(auto status, read_status(context, spec));
  show_result(context.ui, status_to_json(status), [&] { print_status(context.ui, status); });
  return {};
}

// Every target: one unreachable target must not hide the others, so its error stays in the
// list (as the same error object the envelope holds) and the run ends with the first error.
Status status_of_all(Context& context, const std::vector<TargetSpec>& specs) {
  std::vector<Result<TargetStatus>> statuses;
  nlohmann::json all = nlohmann::json::array();
  std::optional<Error> first_error;
  for (const auto& spec : specs) {
    auto& status = statuses.emplace_back(read_status(context, spec));
    if (status.ok()) {
      all.push_back(status_to_json(*status));
      continue;
    }
    if (!first_error) first_error = status.error();
    all.push_back({{"target", spec.name}, {"kind", spec.kind},
                   {"error", error_to_json(status.error())}});
  }
  show_result(context.ui, {{"targets", all}}, [&] {
    for (size_t i = 0; i < specs.size(); ++i) {
      if (statuses[i].ok()) print_status(context.ui, *statuses[i]);
      else print_status_error(context.ui, specs[i], statuses[i].error());
    }
  });
  if (first_error) return *first_error;
  return {};
}

Status run_status(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  const std::string name = values.text("target");
  if (name.empty()) return status_of_all(context, project.targets);
  RAXOL_ASSIGN_OR_RETURN(auto one, select_target(project, name, "status"));
  return status_of_one(context, one);
}

}  // namespace

CommandSpec status_command() {
  CommandSpec spec;
  spec.path = {"status"};
  spec.summary = "Show what each target is serving (machines, release, health)";
  spec.arguments = {target_argument("Only this target")};
  spec.run = run_status;
  return spec;
}

}  // namespace raxol
