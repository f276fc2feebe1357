// `raxol-deploy perf prune --keep N | --before DATE`: bounds the dashboard's history. The
// pruned runs' paths are remembered (data/pruned.json) so that the next publish removes them
// from the branch too, and they are never taken back from it.
#include "commands/commands.h"
#include "perf/history.h"
#include "render/show.h"

namespace raxol {

namespace {

// YYYY-MM-DD, optionally followed by a time: compared as text with created_at (RFC 3339).
bool date_like(const std::string& text) {
  if (text.size() < 10) return false;
  for (size_t i = 0; i < 10; ++i)
    if ((i == 4 || i == 7) ? text[i] != '-' : !std::isdigit(static_cast<unsigned char>(text[i])))
      return false;
  return true;
}

Status run_perf_prune(Context& context, const OptionValues& values, AuditFacts&) {
  const bool keep = values.has("keep");
  const bool before = values.has("before");
  if (keep == before)
    return make_error(ErrorKind::usage, "perf prune: pass exactly one of --keep N and --before DATE");
  const std::filesystem::path history = values.text("history");
  RAXOL_ASSIGN_OR_RETURN(auto runs, perf::load_runs(history));  // oldest first
  std::vector<perf::Run> doomed;
  if (keep) {
    const double n = values.number("keep").value_or(-1);
    if (n < 1 || n != static_cast<double>(static_cast<long>(n)))
      return make_error(ErrorKind::usage, "perf prune: --keep expects a whole number of runs >= 1, got " +
                                              values.written("keep"));
    const size_t kept = static_cast<size_t>(n);
    if (runs.size() > kept) doomed.assign(runs.begin(), runs.end() - static_cast<long>(kept));
  } else {
    const std::string date = values.text("before");
    if (!date_like(date))
      return make_error(ErrorKind::usage, "perf prune: --before expects a date such as 2026-01-31, got '" +
                                              date + "'");
    for (const auto& run : runs)
      if (run.created_at < date) doomed.push_back(run);
  }
  if (!doomed.empty()) RAXOL_TRY(perf::prune_runs(history, runs, doomed));
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& run : doomed) ids.push_back(run.id);
  show_result(context.ui, {{"pruned", ids}, {"kept", runs.size() - doomed.size()}}, [&] {
    context.ui.success("pruned " + std::to_string(doomed.size()) + " runs, kept " +
                       std::to_string(runs.size() - doomed.size()) +
                       " (the next publish removes them from the branch)");
  });
  return {};
}

}  // namespace

CommandSpec perf_prune_command() {
  CommandSpec spec;
  spec.path = {"perf", "prune"};
  spec.summary = "Bound the dashboard's history: keep the newest N runs, or drop runs before a date";
  spec.mutating = true;
  spec.options = {
      CommandOption{"history", OptionType::text, "The history folder", "DIR"}.with_default(
          perf::kDefaultHistory),
      {"keep", OptionType::number, "Keep the newest N runs", "N"},
      {"before", OptionType::text, "Drop the runs ingested before DATE (YYYY-MM-DD)", "DATE"},
  };
  spec.run = run_perf_prune;
  return spec;
}

}  // namespace raxol
