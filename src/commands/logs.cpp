// `raxol-deploy logs [TARGET]`: recent log lines; --follow keeps printing new ones. With --json,
// one JSON object per line (JSON lines), so that a stream can be piped.
#include "commands/commands.h"
#include "core/project.h"
#include "raxol/facets.h"
#include "render/facet_results.h"

namespace raxol {

namespace {
Status run_logs(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, values.text("target"), "logs"));
  RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
  LogsFacet* logs = target->logs();
  if (logs == nullptr)
    return make_error(ErrorKind::unsupported, "logs are not supported by " + spec.kind);
  LogQuery query;
  query.follow = values.flag("follow");
  query.source = values.text("machine");
  query.region = values.text("region");
  query.limit = static_cast<size_t>(values.number("lines").value_or(100));
  return logs->read_logs(query, [&](const LogEntry& entry) { print_log_entry(context.ui, entry); });
}
}  // namespace

CommandSpec logs_command() {
  CommandSpec spec;
  spec.path = {"logs"};
  spec.summary = "Show recent log lines of a target; --follow to keep watching";
  spec.arguments = {target_argument("Target (fly)")};
  spec.options = {
      CommandOption{"follow", OptionType::flag, "Keep printing new lines until interrupted"}.with_short(
          'f'),
      CommandOption{"machine", OptionType::text, "Only this machine"}.with_alias("instance"),
      {"region", OptionType::text, "Only this region"},
      CommandOption{"lines", OptionType::number, "How many recent lines to show", "N"}
          .with_short('n')
          .with_default("100")
          .whole_number(1),
  };
  spec.run = run_logs;
  return spec;
}

}  // namespace raxol
