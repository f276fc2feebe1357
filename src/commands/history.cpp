// `raxol-deploy history [TARGET]`: the audit trail of this project, newest first.
#include <nlohmann/json.hpp>

#include "render/table.h"
#include "commands/commands.h"
#include "core/audit.h"

namespace raxol {

CommandSpec history_command() {
  CommandSpec spec;
  spec.path = {"history"};
  spec.summary = "Show the audit trail: who deployed, rolled back or changed what, and the result";
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto target = std::make_shared<std::string>();
    auto limit = std::make_shared<size_t>(50);
    app.add_option("target", *target, "Only this target");
    app.add_option("-n,--limit", *limit, "How many entries (newest first)")
        ->check(CLI::PositiveNumber);
    return [target, limit](Context& context) -> Status {
      auto entries = read_audit(context);
      std::vector<AuditEntry> shown;
      for (auto it = entries.rbegin(); it != entries.rend() && shown.size() < *limit; ++it)
        if (target->empty() || it->target == *target) shown.push_back(*it);
      if (context.ui.json_mode()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& entry : shown) list.push_back(entry.to_json());
        context.ui.print_json({{"history", list}, {"file", audit_log_path(context).string()}});
        return {};
      }
      if (shown.empty()) {
        context.ui.info("no recorded actions yet (" + audit_log_path(context).string() + ")");
        return {};
      }
      std::vector<TableRow> rows;
      for (const auto& entry : shown) {
        std::string releases;
        if (!entry.release_before.empty() || !entry.release_after.empty())
          releases = (entry.release_before.empty() ? "-" : entry.release_before) + " -> " +
                     (entry.release_after.empty() ? "-" : entry.release_after);
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1fs", entry.duration_seconds);
        rows.push_back({entry.time, entry.user, entry.action, entry.target, entry.result,
                        releases, seconds});
      }
      context.ui.print_text(render_table(
          {"time", "user", "action", "target", "result", "release", "duration"}, rows));
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
