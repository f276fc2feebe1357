// `raxol-deploy perf time [--name N] -- CMD...`: runs CMD once and stores its wall, user and
// sys time and peak memory as a run. A command that fails (non-zero exit or a signal) is not
// recorded: the time of a run that did not do its work would read as a speed-up on the
// dashboard. It exits 1 (failed) naming the command's exit code.
#include "commands/commands.h"
#include "commands/perf_record.h"
#include "perf/timed_command.h"
#include "util/strings.h"

namespace raxol {

namespace {
Status run_perf_time(Context& context, const OptionValues& values, AuditFacts&) {
  const auto command = values.list("command");
  const std::string name = values.text("name").empty() ? join(command, " ") : values.text("name");
  RAXOL_ASSIGN_OR_RETURN(auto fields, perf_run_fields(context, values, "time"));
  RAXOL_ASSIGN_OR_RETURN(auto timed, perf::run_timed(command));
  if (timed.signal != 0)
    return make_error(ErrorKind::failed, "the command was killed by signal " +
                                             std::to_string(timed.signal) + "; nothing recorded");
  if (timed.exit_code != 0)
    return make_error(ErrorKind::failed, "the command exited with code " +
                                             std::to_string(timed.exit_code) + "; nothing recorded");
  const perf::Run run = perf::make_run(fields, "time", {join(command, " ")},
                                       perf::timed_measurements(name, timed), context.clock.now());
  return record_run(context, values, run);
}
}  // namespace

CommandSpec perf_time_command() {
  CommandSpec spec;
  spec.path = {"perf", "time"};
  spec.summary = "Time one command (wall, user, sys, peak memory) and store it as a run";
  spec.arguments = {
      CommandOption{"command", OptionType::list, "The command, after --"}.as_required(),
  };
  spec.options = {{"name", OptionType::text, "Benchmark name (default: the command line)", "NAME"}};
  for (auto& option : perf_run_options()) spec.options.push_back(std::move(option));
  spec.run = run_perf_time;
  return spec;
}

}  // namespace raxol
