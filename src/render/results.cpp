#include "render/results.h"

#include <nlohmann/json.hpp>

#include "render/table.h"

namespace raxol {

nlohmann::json plan_to_json(const Plan& plan) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& step : plan.steps)
    steps.push_back({{"action", step.action}, {"subject", step.subject}, {"detail", step.detail}});
  nlohmann::json json = {{"target", plan.target},
                         {"kind", plan.kind},
                         {"purpose", plan.purpose == PlanPurpose::rollback ? "rollback" : "deploy"},
                         {"changes", !plan.no_changes()},
                         {"steps", steps},
                         {"summary", plan.summary}};
  if (plan.detail) json["detail"] = plan.detail->to_json();
  return json;
}

nlohmann::json outcome_to_json(const Outcome& outcome) {
  return {{"target", outcome.target},           {"result", kRunResultNames.name(outcome.result)},
          {"release_before", outcome.release_before}, {"release_after", outcome.release_after},
          {"url", outcome.url},                 {"details", outcome.details}};
}

nlohmann::json status_to_json(const TargetStatus& status) {
  return {{"target", status.target}, {"kind", status.kind},     {"url", status.url},
          {"release", status.release}, {"health", kHealthNames.name(status.health)}, {"details", status.details}};
}

nlohmann::json release_to_json(const Release& release) {
  return {{"id", release.id},           {"version", release.version},
          {"status", kReleaseStatusNames.name(release.status)},   {"created_at", release.created_at},
          {"user", release.user},       {"description", release.description},
          {"ref", release.ref},         {"current", release.current},
          {"details", release.details}};
}

void print_plan(Ui& ui, const Plan& plan) {
  std::string text = std::string(plan.purpose == PlanPurpose::rollback ? "Rollback plan" : "Plan") +
                     " for " + plan.target + " (" + plan.kind + "):\n";
  if (plan.no_changes()) {
    text += "  no changes: everything is already deployed\n";
  } else {
    int index = 1;
    for (const auto& step : plan.steps)
      text += "  " + std::to_string(index++) + ". " + step.action + " " + step.subject +
              (step.detail.empty() ? "" : ": " + step.detail) + "\n";
  }
  ui.print_text(text);
}

namespace {
std::string checks_cell(const nlohmann::json& machine) {
  size_t total = machine.value("checks_total", 0);
  if (total == 0) return "-";
  return std::to_string(machine.value("checks_passing", 0)) + "/" + std::to_string(total) +
         " passing";
}
}  // namespace

void print_status(Ui& ui, const TargetStatus& status) {
  const std::string health(kHealthNames.name(status.health));
  Style style = status.health == Health::healthy ? Style::green
                : status.health == Health::degraded || status.health == Health::idle ? Style::yellow
                : Style::red;
  std::string text = ui.style(status.target, Style::bold) + " (" + status.kind + ")  " +
                     ui.style(health, style);
  if (!status.release.empty()) text += "  release " + status.release;
  if (!status.url.empty()) text += "  " + status.url;
  text += "\n";
  const auto& machines = status.details.value("machines", nlohmann::json::array());
  if (machines.is_array() && !machines.empty()) {
    std::vector<TableRow> rows;
    for (const auto& machine : machines)
      rows.push_back({machine.value("id", ""), machine.value("group", ""),
                      machine.value("region", ""), machine.value("state", ""),
                      machine.value("release", ""), machine.value("image", ""),
                      checks_cell(machine)});
    text += render_table({"id", "group", "region", "state", "release", "image", "checks"}, rows);
  }
  ui.print_text(text);
}

void print_status_error(Ui& ui, const TargetSpec& spec, const Error& error) {
  ui.print_text(spec.name + " (" + spec.kind + ")  " + ui.style("unknown", Style::red) + "  " +
                error.message + "\n");
}

void print_releases(Ui& ui, const std::vector<Release>& releases, bool images) {
  if (releases.empty()) return ui.print_text("no releases yet\n");
  std::vector<TableRow> rows;
  for (const auto& release : releases) {
    const std::string version = release.version + (release.current ? " *" : "");
    const std::string status(kReleaseStatusNames.name(release.status));
    if (!images) {
      rows.push_back(
          {version, status, release.description, release.user, release.created_at, release.ref});
      continue;
    }
    // The image as deployed (TAG@DIGEST when pinned) split into its tag and digest.
    const std::string digest = release.details.value("digest", std::string());
    const auto at = release.ref.rfind('@');
    rows.push_back({version, status, release.created_at,
                    at == std::string::npos ? release.ref : release.ref.substr(0, at),
                    digest.empty() ? std::string("-") : digest});
  }
  ui.print_text(
      images ? render_table({"version", "status", "date", "image", "digest"}, rows)
             : render_table({"version", "status", "description", "user", "date", "ref"}, rows));
}

}  // namespace raxol
