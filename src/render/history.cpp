#include "render/history.h"

#include <cstdio>

#include "render/table.h"

namespace raxol {

nlohmann::json history_json(const std::vector<AuditEntry>& entries, const std::string& file) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& entry : entries) list.push_back(entry.to_json());
  return {{"history", list}, {"file", file}};
}

std::string history_table(const std::vector<AuditEntry>& entries) {
  std::vector<TableRow> rows;
  for (const auto& entry : entries) {
    std::string releases;
    if (!entry.release_before.empty() || !entry.release_after.empty())
      releases = (entry.release_before.empty() ? "-" : entry.release_before) + " -> " +
                 (entry.release_after.empty() ? "-" : entry.release_after);
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1fs", entry.duration_seconds);
    rows.push_back(
        {entry.time, entry.user, entry.action, entry.target, entry.result, releases, seconds});
  }
  return render_table({"time", "user", "action", "target", "result", "release", "duration"}, rows);
}

}  // namespace raxol
