// `raxol-deploy exec TARGET -- CMD...`: a one-off command in a running machine (migrations,
// a console task). The remote stdout/stderr are printed as they are.
#include "commands/commands.h"
#include "core/project.h"
#include "raxol/facets.h"
#include "render/facet_results.h"
#include "render/show.h"

namespace raxol {

namespace {
Status run_exec(Context& context, const OptionValues& values, AuditFacts& facts) {
  const auto command = values.list("command");
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, values.text("target"), "exec"));
  RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
  ExecFacet* exec = target->exec();
  if (exec == nullptr) return make_error(ErrorKind::unsupported, "exec is not supported by " + spec.kind);
  AuditEntry& fact = facts.add(spec.name, spec.kind);
  // The program only: arguments may carry values that do not belong in a log.
  fact.details["program"] = command.front();
  const int timeout = static_cast<int>(values.number("timeout").value_or(60));
  RAXOL_ASSIGN_OR_RETURN(auto result, exec->exec(values.text("machine"), command, timeout));
  fact.result = result.exit_code == 0 ? "ok" : "exit " + std::to_string(result.exit_code);
  fact.details["machine"] = result.source;
  show_result(context.ui, exec_json(spec.name, result), [&] { print_exec(context.ui, result); });
  if (result.exit_code != 0)
    return make_error(ErrorKind::failed, "the command exited with code " +
                                             std::to_string(result.exit_code) + " on machine " +
                                             result.source);
  return {};
}
}  // namespace

CommandSpec exec_command() {
  CommandSpec spec;
  spec.path = {"exec"};
  spec.summary = "Run a one-off command in a running machine: exec fly -- /app/bin/migrate";
  spec.mutating = true;
  spec.arguments = {
      target_argument("Target (fly)").as_required(),
      CommandOption{"command", OptionType::list, "The command, after --"}.as_required(),
  };
  spec.options = {
      {"machine", OptionType::text, "Machine to run in (default: any started one)"},
      CommandOption{"timeout", OptionType::number, "Seconds the command may run", "INT"}
          .with_default("60")
          .whole_number(1, 3600),
  };
  spec.run = run_exec;
  return spec;
}

}  // namespace raxol
