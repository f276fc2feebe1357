// The dashboard's history as files, laid out the same way in the local history folder
// (default .raxol/perf) and under the github-pages target's destination on the publish branch:
//   data/runs/YYYY/MM/<sha12>-<ULID>.json   one immutable file per run
//   data/series/<benchmark>.json             derived from the runs, rewritten by regenerate
//   data/manifest.json                       what is there: runs, benchmarks, testbeds
// Runs are never rewritten: two publishers that raced both keep theirs, and everything derived
// is computed again from the union.
#pragma once

#include <filesystem>
#include <set>
#include <vector>

#include "perf/run.h"

namespace raxol::perf {

// The local history folder when --history is not given (beside the audit trail).
inline constexpr const char* kDefaultHistory = ".raxol/perf";

// Every run under ROOT/data/runs, oldest first (created_at, then the ULID of the id). A file that does not
// parse is an error naming it and the field.
Result<std::vector<Run>> load_runs(const std::filesystem::path& root);

// Writes ROOT/<run_path(run)>; an existing file of that name is an error (runs are immutable).
Status write_run(const std::filesystem::path& root, const Run& run);

// Rewrites ROOT/data/series/*.json and ROOT/data/manifest.json from `runs` (and removes
// series of benchmarks no run has any more).
Status regenerate(const std::filesystem::path& root, const std::vector<Run>& runs);

// The runs pruned from this history, as paths relative to ROOT ("data/runs/2026/12/x.json"),
// from ROOT/data/pruned.json: never taken back from the branch, and removed there by the next
// publish (the publisher keeps data/runs append-only otherwise).
std::set<std::string> pruned_paths(const std::filesystem::path& root);
// The paths a pruned.json text lists (none when it does not parse).
std::set<std::string> parse_pruned(const std::string& text);
// Adds `paths` to ROOT/data/pruned.json.
Status record_pruned(const std::filesystem::path& root, const std::set<std::string>& paths);

// Deletes the files of `doomed` (runs of this history), records them as pruned and
// regenerates the series and manifest from the runs that are left.
Status prune_runs(const std::filesystem::path& root, const std::vector<Run>& all,
                  const std::vector<Run>& doomed);

// A benchmark name as a file name: '/' and other unsafe bytes become '_' (plus a short hash
// when that changed anything, so that "a/b" and "a_b" do not collide).
std::string series_file_name(const std::string& benchmark);

}  // namespace raxol::perf
