#include "commands/perf_record.h"

#include <set>

#include "perf/history.h"
#include "render/show.h"

namespace raxol {

namespace {
}

std::vector<CommandOption> perf_run_options() {
  return {
      {"commit", OptionType::text, "Commit the results are for (default: GITHUB_SHA, else git HEAD)", "SHA"},
      {"ref", OptionType::text, "Git ref (default: GITHUB_REF, else the current branch)", "REF"},
      {"testbed", OptionType::text, "Where it ran (default: RUNNER_NAME, else the host name)", "NAME"},
      {"suite", OptionType::text, "Suite on the dashboard (default: the format's name)", "NAME"},
      CommandOption{"history", OptionType::text, "History folder", "DIR"}.with_default(perf::kDefaultHistory),
  };
}

Result<perf::RunFields> perf_run_fields(Context& context, const OptionValues& values,
                                        const std::string& default_suite) {
  perf::RunFields given{values.text("commit"), values.text("ref"), values.text("testbed"),
                        values.text("suite")};
  return perf::resolve_run_fields(std::move(given), context.env, context.processes, default_suite);
}

Status record_run(Context& context, const OptionValues& values, const perf::Run& run) {
  const std::string history = values.has("history") ? values.text("history") : perf::kDefaultHistory;
  RAXOL_TRY(perf::write_run(history, run));
  const std::string path = (std::filesystem::path(history) / perf::run_path(run)).string();
  std::set<std::string> benchmarks;
  for (const auto& m : run.measurements) benchmarks.insert(m.benchmark);
  const nlohmann::json summary = {{"id", run.id},
                                  {"path", path},
                                  {"format", run.format},
                                  {"commit", run.commit},
                                  {"benchmarks", benchmarks.size()},
                                  {"measurements", run.measurements.size()}};
  show_result(context.ui, summary, [&] {
    context.ui.print_text("recorded run " + run.id + " (" + run.format + ", " +
                          std::to_string(benchmarks.size()) + " benchmarks, " +
                          std::to_string(run.measurements.size()) + " measurements) in " + path);
  });
  return {};
}

}  // namespace raxol
