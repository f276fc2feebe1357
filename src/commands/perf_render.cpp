// `raxol-deploy perf render --out DIR`: the static dashboard from the history folder. Loads
// every run, regenerates the derived series and manifest beside them (so the folder that is
// published is consistent with its pages), and writes the pages.
#include "commands/commands.h"
#include "commands/perf_settings.h"
#include "perf/history.h"
#include "perf/render/rule_verdicts.h"
#include "perf/render/pages.h"
#include "render/show.h"

namespace raxol {

namespace {

Status run_perf_render(Context& context, const OptionValues& values, AuditFacts&) {
  const std::filesystem::path history = values.text("history");
  const std::filesystem::path out = values.text("out");
  perf::render::PageOptions options;
  if (values.has("title")) options.title = values.text("title");
  options.commit_url = values.text("commit-url");
  if (!options.commit_url.empty() && options.commit_url.rfind("https://", 0) != 0 &&
      options.commit_url.rfind("http://", 0) != 0)
    return make_error(ErrorKind::usage, "--commit-url must be an http(s) URL with {sha}: '" +
                                            options.commit_url + "'");
  RAXOL_ASSIGN_OR_RETURN(auto runs, perf::load_runs(history));
  RAXOL_TRY(perf::regenerate(history, runs));
  auto benchmarks = perf::render::dashboard_input(runs);
  RAXOL_ASSIGN_OR_RETURN(perf::PerfSettings settings, project_perf_settings(context));
  perf::render::apply_rule_verdicts(benchmarks, runs, settings);
  RAXOL_ASSIGN_OR_RETURN(size_t pages, perf::render::write_dashboard(out, benchmarks, options));
  show_result(context.ui,
              {{"out", out.string()}, {"pages", pages}, {"runs", runs.size()},
               {"benchmarks", benchmarks.size()}},
              [&] {
                context.ui.success("Wrote " + std::to_string(pages) + " pages (" +
                                   std::to_string(benchmarks.size()) + " benchmarks, " +
                                   std::to_string(runs.size()) + " runs) to " + out.string());
              });
  return {};
}

}  // namespace

CommandSpec perf_render_command() {
  CommandSpec spec;
  spec.path = {"perf", "render"};
  spec.summary = "Write the static performance dashboard (HTML and SVG, no script) to --out";
  spec.options = {
      CommandOption{"history", OptionType::text, "The history folder (runs, series, manifest)",
                    "DIR"}
          .with_default(perf::kDefaultHistory),
      CommandOption{"out", OptionType::text, "Where to write index.html and b/*.html", "DIR"}
          .as_required(),
      {"commit-url", OptionType::text,
       "Link each point to its commit: a URL with {sha} (https://github.com/O/R/commit/{sha})",
       "TEMPLATE"},
      {"title", OptionType::text, "The dashboard's title (default: Performance)", "TEXT"},
  };
  spec.run = run_perf_render;
  return spec;
}

}  // namespace raxol
