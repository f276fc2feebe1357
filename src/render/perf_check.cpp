#include "render/perf_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "perf/render/units.h"
#include "render/table.h"

namespace raxol {

namespace {

std::string perf_percent(const std::optional<double>& fraction, bool sign) {
  if (!fraction) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.1f%%" : "%.1f%%", *fraction * 100.0);
  return buffer;
}

// "3.27 µs", "1.5 MiB": the dashboard's own units, so the table and the pages agree.
std::string with_unit(double value, const std::string& unit) {
  return perf::render::format_value(unit, value);
}

std::vector<perf::Verdict> worst_first(const std::vector<perf::Verdict>& verdicts) {
  std::vector<perf::Verdict> flagged;
  for (const auto& v : verdicts)
    if (v.outcome == perf::Outcome::regression) flagged.push_back(v);
  std::stable_sort(flagged.begin(), flagged.end(), [](const auto& a, const auto& b) {
    if (a.failing != b.failing) return a.failing;
    return a.change.value_or(0) > b.change.value_or(0);
  });
  return flagged;
}

std::string describe(const perf::Verdict& v) {
  return v.benchmark + " " + v.measure + " on " + v.testbed + ": " +
         perf_percent(v.change, true) + " (" + with_unit(v.current, v.unit) + " vs " +
         with_unit(v.baseline.value_or(0), v.unit) + ", band " + perf_percent(v.band, false) +
         ", " + std::to_string(v.baseline_runs.size()) + " runs)";
}

}  // namespace

std::string verdict_word(const perf::Verdict& verdict) {
  std::string word(perf::kOutcomeNames.name(verdict.outcome));
  if (verdict.provisional) return word + " (provisional)";
  if (verdict.outcome == perf::Outcome::regression && !verdict.failing)
    return word + " (" + std::to_string(verdict.streak) + " of " +
           std::to_string(verdict.params.consecutive) + ")";
  return word;
}

std::string perf_check_table(const PerfCheckReport& report) {
  std::vector<TableRow> rows;
  for (const auto& v : report.verdicts)
    rows.push_back({v.benchmark, v.measure, v.testbed,
                    v.baseline ? with_unit(*v.baseline, v.unit) : "-",
                    with_unit(v.current, v.unit), perf_percent(v.change, true),
                    perf_percent(v.band, false), std::to_string(v.baseline_runs.size()),
                    verdict_word(v)});
  return render_table({"benchmark", "measure", "testbed", "baseline", "current", "change %",
                       "band %", "runs", "verdict"},
                      rows);
}

nlohmann::json perf_check_json(const PerfCheckReport& report) {
  nlohmann::json verdicts = nlohmann::json::array();
  size_t failing = 0;
  for (const auto& v : report.verdicts) {
    if (v.failing) ++failing;
    auto optional = [](const std::optional<double>& value) {
      return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
    };
    verdicts.push_back({
        {"benchmark", v.benchmark},
        {"measure", v.measure},
        {"testbed", v.testbed},
        {"unit", v.unit},
        {"direction", perf::kDirectionNames.name(v.direction)},
        {"verdict", perf::kOutcomeNames.name(v.outcome)},
        {"provisional", v.provisional},
        {"failing", v.failing},
        {"streak", v.streak},
        {"current", v.current},
        {"baseline", optional(v.baseline)},
        {"change", optional(v.change)},
        {"band", optional(v.band)},
        {"spread", v.spread},
        {"baseline_runs", v.baseline_runs},
        {"rule",
         {{"tolerance", v.params.tolerance},
          {"window", v.params.window},
          {"min_runs", v.params.min_runs},
          {"consecutive", v.params.consecutive},
          {"z", perf::kPredictionZ},
          {"ignore", v.params.ignore}}},
    });
  }
  return {{"run", report.run.id},
          {"commit", report.run.commit},
          {"ref", report.run.ref},
          {"testbed", report.run.testbed},
          {"baseline", report.baseline},
          {"baseline_commit", report.baseline_commit},
          {"failing", failing},
          {"verdicts", verdicts}};
}

std::string perf_check_markdown(const PerfCheckReport& report) {
  std::map<std::string, size_t> counts;
  std::vector<const perf::Verdict*> shown;
  for (const auto& v : report.verdicts) {
    ++counts[verdict_word(v)];
    if (v.outcome != perf::Outcome::unchanged && v.outcome != perf::Outcome::ignored)
      shown.push_back(&v);
  }
  std::string out = "### raxol-deploy perf check\n\n";
  out += "Run `" + report.run.id + "` (" + report.run.ref + ", testbed " + report.run.testbed +
         ") against " + report.baseline +
         (report.baseline_commit.empty() ? "" : " `" + report.baseline_commit.substr(0, 12) + "`") +
         ":";
  for (const auto& [word, count] : counts) out += " " + std::to_string(count) + " " + word + ";";
  out.back() = '.';
  out += "\n\n";
  if (shown.empty()) return out + "No benchmark changed beyond its tolerance and noise band.\n";
  out += "| benchmark | measure | baseline | current | change | band | runs | verdict |\n";
  out += "|---|---|---:|---:|---:|---:|---:|---|\n";
  for (const auto* v : shown)
    out += "| `" + v->benchmark + "` | " + v->measure + " | " +
           (v->baseline ? with_unit(*v->baseline, v->unit) : "-") + " | " +
           with_unit(v->current, v->unit) + " | " + perf_percent(v->change, true) + " | " +
           perf_percent(v->band, false) + " | " + std::to_string(v->baseline_runs.size()) +
           " | " + verdict_word(*v) + " |\n";
  return out;
}

std::vector<Annotation> perf_check_annotations(const PerfCheckReport& report, size_t limit) {
  std::vector<Annotation> annotations;
  auto flagged = worst_first(report.verdicts);
  size_t errors = 0;
  for (const auto& v : flagged) {
    if (v.failing) ++errors;
    if (annotations.size() < limit)
      annotations.push_back({v.failing ? "error" : "warning",
                             "performance " + verdict_word(v) + ": " + describe(v)});
  }
  if (!flagged.empty())
    annotations.push_back({errors > 0 ? "error" : "warning",
                           "perf check: " + std::to_string(errors) + " failing and " +
                               std::to_string(flagged.size() - errors) +
                               " other regressions of " + std::to_string(report.verdicts.size()) +
                               " verdicts" +
                               (flagged.size() > limit
                                    ? " (" + std::to_string(flagged.size() - limit) + " not annotated)"
                                    : "")});
  return annotations;
}

}  // namespace raxol
