// The fields of a run that say where and when it ran, and the assembly of a run from the
// measurements of one or more files (several files for one commit are repetitions of one run).
// Shared by `perf ingest` and `perf time`.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "perf/run.h"
#include "raxol/environment.h"
#include "raxol/process.h"

namespace raxol::perf {

// What the command line gave; empty means "find it".
struct RunFields {
  std::string commit;
  std::string ref;
  std::string testbed;
  std::string suite;
};

// commit: given, else GITHUB_SHA, else `git rev-parse HEAD`; ref: given, else GITHUB_REF, else
// `git symbolic-ref -q HEAD` (empty on a detached head); testbed: given, else RUNNER_NAME, else
// the host name; suite: given, else `default_suite`. No commit at all is a usage error.
Result<RunFields> resolve_run_fields(RunFields given, const Environment& env,
                                     ProcessRunner& processes, const std::string& default_suite);

// Values of the same benchmark x measure are appended in file order; a tool's own range
// (lower/upper) is kept only while a measure has a single value, since it describes that value.
std::vector<Measurement> merge_measurements(const std::vector<std::vector<Measurement>>& files);

// id = first 12 characters of the commit + "-" + a ULID of `now`; created_at RFC 3339.
Run make_run(const RunFields& fields, std::string format, std::vector<std::string> sources,
             std::vector<Measurement> measurements, std::chrono::system_clock::time_point now);

}  // namespace raxol::perf
