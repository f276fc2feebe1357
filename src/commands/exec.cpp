// `raxol-deploy exec TARGET -- CMD...`: a one-off command in a running machine (migrations,
// a console task). The remote stdout/stderr are printed as they are.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/audit.h"
#include "core/project.h"
#include "raxol/facets.h"

namespace raxol {

namespace {
struct ExecOptions {
  std::string target;
  std::string machine;
  int timeout = 60;
  std::vector<std::string> command;
};
}  // namespace

CommandSpec exec_command() {
  CommandSpec spec;
  spec.path = {"exec"};
  spec.summary = "Run a one-off command in a running machine: exec fly -- /app/bin/migrate";
  spec.mutating = true;
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto options = std::make_shared<ExecOptions>();
    app.add_option("target", options->target, "Target (fly)")->required();
    app.add_option("command", options->command, "The command, after --")->required();
    app.add_option("--machine", options->machine, "Machine to run in (default: any started one)");
    app.add_option("--timeout", options->timeout, "Seconds the command may run")
        ->check(CLI::Range(1, 3600));
    return [options](Context& context) -> Status {
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, options->target, "exec"));
      RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
      ExecFacet* exec = target->exec();
      if (exec == nullptr)
        return make_error(ErrorKind::unsupported, "exec is not supported by " + spec.kind);
      auto ran = exec->exec(options->machine, options->command, options->timeout);
      AuditEntry entry;
      entry.action = "exec";
      entry.target = spec.name;
      entry.kind = spec.kind;
      entry.result = !ran.ok() ? "failed" : ran->exit_code == 0 ? "ok" : "exit " + std::to_string(ran->exit_code);
      if (!ran.ok()) entry.error = ran.error().message;
      // The program only: arguments may carry values that do not belong in a log.
      entry.details["program"] = options->command.front();
      if (ran.ok()) entry.details["machine"] = ran->source;
      record_audit(context, entry);
      RAXOL_ASSIGN_OR_RETURN(auto result, std::move(ran));
      if (context.ui.json_mode()) {
        context.ui.print_json({{"target", spec.name}, {"machine", result.source},
                               {"exit_code", result.exit_code}, {"stdout", result.out},
                               {"stderr", result.err}});
      } else {
        if (!result.out.empty()) context.ui.print_text(result.out);
        if (!result.err.empty()) context.ui.info(result.err);
      }
      if (result.exit_code != 0)
        return make_error(ErrorKind::failed, "the command exited with code " +
                                                 std::to_string(result.exit_code) + " on machine " +
                                                 result.source);
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
