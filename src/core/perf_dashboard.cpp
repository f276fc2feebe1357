#include "core/perf_dashboard.h"

#include <set>

#include "core/project.h"
#include "perf/history.h"
#include "perf/render/pages.h"
#include "perf/render/rule_verdicts.h"
#include "raxol/facets.h"
#include "util/file_write.h"

namespace raxol {

namespace fs = std::filesystem;

Status render_perf_dashboard(Context& context, const TargetSpec& spec,
                             const perf::PerfSettings& settings, const fs::path& history) {
  const std::string directory = spec.settings.value("directory", std::string());
  if (directory.empty())
    return make_error(ErrorKind::config, spec.source.to_string() + ": targets." + spec.name +
                                             ".directory: the folder to publish the "
                                             "performance dashboard from is not set");
  RAXOL_ASSIGN_OR_RETURN(auto runs, perf::load_runs(history));
  RAXOL_TRY(perf::regenerate(history, runs));
  auto benchmarks = perf::render::dashboard_input(runs);
  perf::render::apply_rule_verdicts(benchmarks, runs, settings);
  perf::render::PageOptions options;
  if (const std::string repository = spec.settings.value("repository", std::string());
      !repository.empty())
    options.commit_url = "https://github.com/" + repository + "/commit/{sha}";
  const fs::path site = directory;
  RAXOL_ASSIGN_OR_RETURN(size_t pages, perf::render::write_dashboard(site, benchmarks, options));
  // The published data is the history's, file for file: runs first-class, the rest derived.
  std::error_code ec;
  fs::remove_all(site / "data", ec);
  fs::copy(history / "data", site / "data", fs::copy_options::recursive, ec);
  if (ec && fs::exists(history / "data"))
    return make_error(ErrorKind::internal, "cannot copy " + (history / "data").string() +
                                               " into " + site.string() + ": " + ec.message());
  context.ui.step("Rendered the performance dashboard into " + directory + " (" +
                  std::to_string(pages) + " pages, " + std::to_string(runs.size()) + " runs)");
  return {};
}

Status take_published_runs(Context& context, const TargetSpec& spec, const fs::path& history) {
  RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
  PublishedFilesFacet* published = target->published_files();
  if (published == nullptr) return {};
  RAXOL_ASSIGN_OR_RETURN(auto files, published->published_files("data"));
  // Prunes made elsewhere count here too: the branch's pruned.json joins ours.
  if (auto branch_pruned = files.find("pruned.json"); branch_pruned != files.end())
    RAXOL_TRY(perf::record_pruned(history, perf::parse_pruned(branch_pruned->second)));
  const auto pruned = perf::pruned_paths(history);
  size_t taken = 0;
  for (const auto& [name, content] : files) {
    if (name.rfind("runs/", 0) != 0) continue;
    const std::string path = "data/" + name;
    // Runs are immutable: one we already have is the same run, never overwritten; a pruned
    // one is not taken back.
    const fs::path local = history / path;
    if (fs::exists(local) || pruned.count(path)) continue;
    if (!write_file_atomically(local, {content}))
      return make_error(ErrorKind::internal, "cannot write " + local.string());
    ++taken;
  }
  if (taken > 0)
    context.ui.step("Took " + std::to_string(taken) + " runs published on " + spec.name +
                    " into " + history.string());
  return {};
}

Status render_perf_dashboard_for(Context& context, const TargetSpec& spec) {
  Diagnostics diagnostics;
  RAXOL_ASSIGN_OR_RETURN(auto settings,
                         perf::load_perf_settings(context.fs, project_file(context), diagnostics));
  if (settings.target.empty() || settings.target != spec.name) return {};
  // The history lives on the branch: a fresh checkout (a CI job) starts from what others
  // published, so that a publish never drops their runs.
  RAXOL_TRY(take_published_runs(context, spec, perf::kDefaultHistory));
  return render_perf_dashboard(context, spec, settings, perf::kDefaultHistory);
}

}  // namespace raxol
