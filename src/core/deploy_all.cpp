#include "core/deploy_all.h"

#include <nlohmann/json.hpp>
#include <set>

#include "cli/exit_codes.h"
#include "core/audit.h"
#include "cli/table.h"
#include "core/project.h"

namespace raxol {

namespace {

std::string seconds_text(std::chrono::milliseconds duration) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1fs", duration.count() / 1000.0);
  return buffer;
}

}  // namespace

TargetRun deploy_target(Context& context, const TargetSpec& spec, const DeployRequest& request,
                        std::optional<Outcome>* kept) {
  TargetRun run;
  run.spec = spec;
  const auto started = context.clock.steady_now();
  auto outcome = [&]() -> Result<Outcome> {
    RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
    context.ui.step("Planning " + spec.name);
    RAXOL_ASSIGN_OR_RETURN(Plan plan, target->plan(request));
    auto progress = context.ui.start_progress(spec.name, "items");
    auto applied = target->apply(plan, *progress);
    progress->finish({});
    return applied;
  }();
  run.duration = std::chrono::duration_cast<std::chrono::milliseconds>(context.clock.steady_now() -
                                                                        started);
  if (outcome.ok()) {
    run.result = outcome->result;
    run.release_before = outcome->release_before;
    run.release_after = outcome->release_after;
    run.url = outcome->url;
    if (kept != nullptr) *kept = *outcome;
  } else {
    run.error = outcome.error();
    run.result = outcome.error().kind == ErrorKind::rolled_back ? "rolled-back" : "failed";
    run.reason = outcome.error().message;
  }
  AuditEntry entry;
  entry.action = "deploy";
  entry.target = spec.name;
  entry.kind = spec.kind;
  entry.result = run.result;
  entry.release_before = run.release_before;
  entry.release_after = run.release_after;
  entry.duration_seconds = run.duration.count() / 1000.0;
  if (run.error) entry.error = run.error->message;
  record_audit(context, entry);
  return run;
}

DeployAllReport deploy_all(Context& context, const std::vector<TargetSpec>& ordered,
                           const DeployRequest& request) {
  DeployAllReport report;
  std::set<std::string> unavailable;  // failed or skipped: their dependents cannot deploy
  std::optional<Error> required_failure;
  bool optional_failed = false;
  for (const auto& spec : ordered) {
    TargetRun run;
    run.spec = spec;
    if (required_failure) {
      run.result = "not started";
      run.reason = "a required target failed before it";
      report.runs.push_back(run);
      continue;
    }
    std::string missing;
    for (const auto& need : spec.needs)
      if (unavailable.count(need)) missing = need;
    if (!missing.empty()) {
      run.result = "skipped";
      run.reason = "needs " + missing + ", which did not deploy";
      unavailable.insert(spec.name);
      report.runs.push_back(run);
      continue;
    }
    if (context.cancel.requested()) {
      run.result = "not started";
      run.reason = "interrupted";
      report.runs.push_back(run);
      continue;
    }
    context.ui.begin_group("Deploying " + spec.name + " (" + spec.kind + ")");
    run = deploy_target(context, spec, request);
    context.ui.end_group();
    if (run.error) {
      unavailable.insert(spec.name);
      if (spec.optional && run.error->kind != ErrorKind::interrupted) {
        optional_failed = true;
        context.ui.warn(spec.name + " is optional and failed; going on: " + run.error->message);
      } else {
        required_failure = *run.error;  // printed once, by the command, with the summary
      }
    }
    report.runs.push_back(std::move(run));
  }
  if (required_failure) {
    Error error = *required_failure;
    std::string untouched;
    for (const auto& run : report.runs)
      if (run.result == "not started") untouched += (untouched.empty() ? "" : ", ") + run.spec.name;
    for (const auto& run : report.runs)
      if (run.error && run.error->message == required_failure->message)
        error.message = "deploy stopped: " + run.spec.name + " " + run.result + ": " +
                        required_failure->message;
    if (!untouched.empty()) error.notes.push_back(untouched + ": not touched");
    report.failure = error;
  } else if (optional_failed) {
    std::string failed;
    for (const auto& run : report.runs)
      if (run.error) failed += (failed.empty() ? "" : ", ") + run.spec.name;
    report.failure = make_error(ErrorKind::partial,
                                "every required target deployed; optional " + failed + " failed");
  }
  return report;
}

nlohmann::json deploy_report_json(const DeployAllReport& report) {
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& run : report.runs) {
    nlohmann::json json = {{"target", run.spec.name},
                           {"kind", run.spec.kind},
                           {"optional", run.spec.optional},
                           {"result", run.result},
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
    text += "| " + run.spec.name + " | " + run.result + (run.spec.optional ? " (optional)" : "") +
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
    std::string result = run.result + (run.spec.optional ? " (optional)" : "");
    rows.push_back({run.spec.name, result, releases,
                    run.result == "not started" || run.result == "skipped"
                        ? std::string("-")
                        : seconds_text(run.duration),
                    run.url.empty() ? run.reason : run.url});
  }
  return render_table({"target", "result", "release", "duration", "url"}, rows);
}

}  // namespace raxol
