// `raxol-deploy history [TARGET]`: the audit trail of this project, newest first.
#include "commands/commands.h"
#include "core/audit.h"
#include "render/history.h"
#include "render/show.h"

namespace raxol {

namespace {
Status run_history(Context& context, const OptionValues& values, AuditFacts&) {
  const std::string target = values.text("target");
  const auto limit = static_cast<size_t>(values.number("limit").value_or(50));
  auto entries = read_audit(context);
  std::vector<AuditEntry> shown;
  for (auto it = entries.rbegin(); it != entries.rend() && shown.size() < limit; ++it)
    if (target.empty() || it->target == target) shown.push_back(*it);
  const std::string file = audit_log_path(context).string();
  show_result(context.ui, history_json(shown, file), [&] {
    if (shown.empty()) context.ui.info("no recorded actions yet (" + file + ")");
    else context.ui.print_text(history_table(shown));
  });
  return {};
}
}  // namespace

CommandSpec history_command() {
  CommandSpec spec;
  spec.path = {"history"};
  spec.summary = "Show the audit trail: who deployed, rolled back or changed what, and the result";
  spec.arguments = {target_argument("Only this target")};
  spec.options = {CommandOption{"limit", OptionType::number, "How many entries (newest first)", "N"}
                      .with_short('n')
                      .with_default("50")
                      .whole_number(1)};
  spec.run = run_history;
  return spec;
}

}  // namespace raxol
