// `raxol-deploy perf check`: the regression rule (src/perf/check/rule.h, docs/performance.md)
// over the local history folder. Read-only: it never writes runs, series or the manifest; the
// only file it touches is $GITHUB_STEP_SUMMARY under GitHub Actions.
#include "commands/perf_check.h"

#include "commands/commands.h"
#include "commands/perf_settings.h"
#include "core/ci_summary.h"
#include "perf/check/rule.h"
#include "perf/history.h"
#include "render/perf_check.h"
#include "render/show.h"
#include "util/strings.h"

namespace raxol {

namespace {

Result<std::string> git_line(Context& context, std::vector<std::string> argv,
                             const std::string& what) {
  auto result = context.processes.run(ProcessSpec(std::move(argv)));
  if (!result.ok()) return result.error();
  if (result->exit_code != 0 || trim(result->out).empty()) {
    Error error = make_error(ErrorKind::usage, "perf check: could not resolve " + what);
    if (!trim(result->err).empty()) error.notes.push_back(first_line(trim(result->err)));
    return error;
  }
  return trim(result->out);
}

// The commit whose runs end the baseline window: "" for the default branch.
Result<std::string> baseline_commit(Context& context, const std::string& baseline,
                                    const std::vector<perf::Run>& runs,
                                    const std::string& default_branch) {
  if (baseline == "default-branch") return std::string();
  if (baseline == "merge-base")
    return git_line(context, {"git", "merge-base", "HEAD", "origin/" + default_branch},
                    "the merge base of HEAD and origin/" + default_branch);
  // A commit the history knows (a full sha or a prefix of at least 7) needs no git.
  if (baseline.size() >= 7)
    for (const auto& run : runs)
      if (run.commit.rfind(baseline, 0) == 0) return run.commit;
  return git_line(context, {"git", "rev-parse", "--verify", baseline + "^{commit}"}, baseline);
}

Result<perf::Run> chosen_run(const std::vector<perf::Run>& runs, const std::string& id,
                             const std::string& history) {
  if (runs.empty()) {
    Error error = make_error(ErrorKind::not_found, "perf check: no runs in " + history);
    error.notes.push_back("record one with raxol-deploy perf ingest, or name --history DIR");
    return error;
  }
  if (id.empty()) return runs.back();
  for (const auto& run : runs)
    if (run.id == id || run.id.rfind(id, 0) == 0) return run;
  return make_error(ErrorKind::not_found, "perf check: no run " + id + " in " + history);
}

}  // namespace

Result<PerfCheckReport> perf_check_report(Context& context, const OptionValues& values) {
  RAXOL_ASSIGN_OR_RETURN(perf::PerfSettings settings, project_perf_settings(context));
  if (const std::string tolerance = values.text("tolerance"); !tolerance.empty()) {
    auto parsed = perf::parse_percent(tolerance);
    if (!parsed)
      return make_error(ErrorKind::usage,
                        "perf check: --tolerance: expected a percentage such as 5%, found " +
                            tolerance);
    settings.defaults.tolerance = *parsed;
  }
  const std::string history = values.text("history");
  RAXOL_ASSIGN_OR_RETURN(std::vector<perf::Run> runs, perf::load_runs(history));
  RAXOL_ASSIGN_OR_RETURN(perf::Run current, chosen_run(runs, values.text("run"), history));

  PerfCheckReport report;
  report.baseline = values.text("baseline");
  RAXOL_ASSIGN_OR_RETURN(report.baseline_commit, baseline_commit(context, report.baseline, runs,
                                                                 settings.default_branch));
  perf::CheckOptions options{settings, report.baseline_commit};
  report.verdicts = perf::check(runs, current, options);
  report.run = current;
  return report;
}

Status perf_check_outcome(Context& context, const OptionValues& values,
                          const PerfCheckReport& report) {
  append_step_summary(context, perf_check_markdown(report));
  for (const auto& annotation : perf_check_annotations(report))
    context.ui.annotate(annotation.level, annotation.message);

  size_t failing = 0;
  size_t warned = 0;
  for (const auto& verdict : report.verdicts) {
    if (verdict.failing) ++failing;
    else if (verdict.outcome == perf::Outcome::regression) ++warned;
  }
  const perf::Run& current = report.run;
  if (warned > 0)
    context.ui.warn(std::to_string(warned) +
                    " regression(s) that do not fail yet (provisional: too few baseline runs, "
                    "or fewer consecutive regressions than [perf] consecutive)");
  if (failing == 0 || values.text("fail-on") == "never") return {};
  return make_error(ErrorKind::regression,
                    "perf check: " + std::to_string(failing) + " performance regression(s) in run " +
                        current.id)
      .with_note("docs/performance.md explains the rule; --fail-on never only reports");
}

namespace {

Status run_perf_check(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(PerfCheckReport report, perf_check_report(context, values));
  const bool markdown = values.flag("markdown");
  show_result(context.ui, perf_check_json(report), [&] {
    context.ui.print_text(markdown ? perf_check_markdown(report) : perf_check_table(report));
  });
  return perf_check_outcome(context, values, report);
}

}  // namespace

CommandSpec perf_check_command() {
  CommandSpec spec;
  spec.path = {"perf", "check"};
  spec.summary = "Compare a benchmark run with its baseline and fail on a performance regression";
  spec.options = {
      CommandOption{"history", OptionType::text, "The history folder", "DIR"}.with_default(
          perf::kDefaultHistory),
      CommandOption{"run", OptionType::text, "The run to check (an id or its prefix; default: "
                                             "the newest run)",
                    "ID"},
      CommandOption{"baseline", OptionType::text,
                    "default-branch (the last runs of the default branch), merge-base, or a "
                    "commit/REF",
                    "REF"}
          .with_default("default-branch"),
      CommandOption{"tolerance", OptionType::text,
                    "Changes smaller than this never count (default [perf] tolerance, else 5%)",
                    "PERCENT"},
      CommandOption{OptionSpec{"fail-on", OptionType::text,
                               "Exit 8 on a regression, or never (report only)", "WHEN",
                               {"regression", "never"}}}
          .with_default("regression"),
      CommandOption{"markdown", OptionType::flag,
                    "Print one pull-request comment (Markdown) instead of the table"},
  };
  spec.run = run_perf_check;
  return spec;
}

}  // namespace raxol
