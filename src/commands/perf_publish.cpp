// `raxol-deploy perf publish [TARGET] [--results FILE]...`: the dashboard's whole round in one command —
// ingest the result files (when given) as a run, check it against its baseline, then deploy the
// github-pages target named by [perf] target (or TARGET), whose plan renders the dashboard into
// its folder first (core/perf_dashboard.h): one commit on the publish branch. A regression is
// published too (the dashboard shows it), then reported with the regression exit code.
#include "commands/commands.h"
#include "commands/perf_check.h"
#include "commands/perf_record.h"
#include "commands/perf_settings.h"
#include "core/deploy_all.h"
#include "core/project.h"
#include "render/deploy_report.h"
#include "render/results.h"
#include "render/show.h"

namespace raxol {

namespace {

Status run_perf_publish(Context& context, const OptionValues& values, AuditFacts& facts) {
  RAXOL_ASSIGN_OR_RETURN(perf::PerfSettings settings, project_perf_settings(context));
  const std::string name = values.text("target").empty() ? settings.target : values.text("target");
  if (name.empty())
    return make_error(ErrorKind::usage, "perf publish: name the dashboard's target, or set "
                                        "[perf] target in the project file");
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  RAXOL_ASSIGN_OR_RETURN(TargetSpec spec, select_target(project, name, "perf publish"));
  if (spec.kind != "github-pages")
    return make_error(ErrorKind::usage, "perf publish: " + name + " is a " + spec.kind +
                                            " target; the dashboard goes to a github-pages one");
  if (values.has("results")) {
    // perf ingest reads its files from "files"; here they are --results, so that a file name
    // is never mistaken for the target.
    OptionValues ingest = values;
    ingest.set("files", values.all().at("results"));
    RAXOL_TRY(perf_ingest_command().run(context, ingest, facts));
  }
  RAXOL_ASSIGN_OR_RETURN(PerfCheckReport check, perf_check_report(context, values));
  DeployRequest request;
  request.description = values.text("message");
  std::optional<Outcome> outcome;
  TargetRun run = deploy_target(context, spec, request, &outcome);
  DeployAllReport report{{run}, run.error};
  add_audit_facts(report, facts);
  if (run.error) return *run.error;
  // One document: the check and the publish. The dashboard is published either way; a
  // regression is reported after it (exit 8).
  nlohmann::json document = {{"check", perf_check_json(check)}, {"publish", outcome_to_json(*outcome)}};
  show_result(context.ui, document, [&] {
    context.ui.print_text(values.flag("markdown") ? perf_check_markdown(check)
                                                   : perf_check_table(check));
  });
  return perf_check_outcome(context, values, check);
}

}  // namespace

CommandSpec perf_publish_command() {
  CommandSpec spec;
  spec.path = {"perf", "publish"};
  spec.summary = "Ingest results, check them, render the dashboard and publish it as one commit";
  spec.mutating = true;
  spec.arguments = {target_argument("The github-pages target (default: [perf] target)")};
  spec.options.push_back({"results", OptionType::list,
                          "A result file of this commit to ingest first (repeatable)", "FILE"});
  // The options of perf ingest and perf check, under the same names: publish runs both.
  for (auto& option : perf_ingest_command().options) spec.options.push_back(option);
  for (auto& option : perf_check_command().options)
    if (option.name != "history") spec.options.push_back(option);
  spec.options.push_back({"message", OptionType::text, "The publish commit's message"});
  spec.run = run_perf_publish;
  return spec;
}

}  // namespace raxol
