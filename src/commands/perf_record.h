// What `perf ingest` and `perf time` share: the options that name a run's commit, ref, testbed,
// suite and history folder, and writing the finished run and showing its summary.
#pragma once

#include <string>
#include <vector>

#include "commands/command.h"
#include "perf/run_fields.h"

namespace raxol {

// --commit, --ref, --testbed, --suite, --history.
std::vector<CommandOption> perf_run_options();

// The run fields the command line gave and found (perf/run_fields.h), `default_suite` when no
// --suite.
Result<perf::RunFields> perf_run_fields(Context& context, const OptionValues& values,
                                        const std::string& default_suite);

// Writes `run` with perf::write_run under --history and prints {id, path, format, benchmarks,
// measurements} (or one line of text).
Status record_run(Context& context, const OptionValues& values, const perf::Run& run);

}  // namespace raxol
