#include "render/deploy_report.h"

#include "render/exit_codes.h"
#include "render/table.h"

namespace raxol {

namespace {

std::string seconds_text(std::chrono::milliseconds duration) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1fs", duration.count() / 1000.0);
  return buffer;
}

}  // namespace

nlohmann::json deploy_report_json(const DeployAllReport& report) {
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& run : report.runs) {
    nlohmann::json json = {{"target", run.spec.name},
                           {"kind", run.spec.kind},
                           {"optional", run.spec.optional},
                           {"result", kRunResultNames.name(run.result)},
                           {"release_before", run.release_before},
                           {"release_after", run.release_after},
                           {"duration_seconds", run.duration.count() / 1000.0},
                           {"url", run.url}};
    if (!run.reason.empty()) json["reason"] = run.reason;
    runs.push_back(json);
  }
  nlohmann::json json = {{"targets", runs}, {"ok", !report.failure.has_value()}};
  if (report.failure) json["error"] = error_to_json(*report.failure);
  return json;
}

std::string deploy_report_markdown(const DeployAllReport& report, const std::string& title) {
  std::string text = "### " + title + "\n\n";
  text += report.failure ? "**" + report.failure->message + "**\n\n" : "All targets deployed.\n\n";
  text += "| target | result | release | duration | URL |\n|---|---|---|---|---|\n";
  for (const auto& run : report.runs) {
    std::string releases;
    if (!run.release_before.empty() || !run.release_after.empty())
      releases = (run.release_before.empty() ? "-" : run.release_before) + " → " +
                 (run.release_after.empty() ? "-" : run.release_after);
    std::string where = run.url.empty() ? run.reason : run.url;
    for (auto& c : where)
      if (c == '|' || c == '\n') c = ' ';
    text += "| " + run.spec.name + " | " + std::string(kRunResultNames.name(run.result)) +
            (run.spec.optional ? " (optional)" : "") +
            " | " + releases + " | " + seconds_text(run.duration) + " | " + where + " |\n";
  }
  return text;
}

std::string deploy_report_table(const DeployAllReport& report) {
  std::vector<TableRow> rows;
  for (const auto& run : report.runs) {
    std::string releases;
    if (!run.release_before.empty() || !run.release_after.empty())
      releases = (run.release_before.empty() ? "-" : run.release_before) + " -> " +
                 (run.release_after.empty() ? "-" : run.release_after);
    std::string result =
        std::string(kRunResultNames.name(run.result)) + (run.spec.optional ? " (optional)" : "");
    rows.push_back({run.spec.name, result, releases,
                    run.result == RunResult::not_started || run.result == RunResult::skipped
                        ? std::string("-")
                        : seconds_text(run.duration),
                    run.url.empty() ? run.reason : run.url});
  }
  return render_table({"target", "result", "release", "duration", "url"}, rows);
}

}  // namespace raxol
