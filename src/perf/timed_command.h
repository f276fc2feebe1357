// Runs one command the way `perf time` measures it: posix_spawnp, then wait4 for its resource
// usage. The child inherits stdin/stdout/stderr, so what it prints is the user's to see, and
// nothing of ours runs between spawn and wait to blur the wall time.
#pragma once

#include <string>
#include <vector>

#include "perf/run.h"

namespace raxol::perf {

struct TimedCommand {
  double wall_ns = 0;
  double user_ns = 0;
  double sys_ns = 0;
  double max_rss_bytes = 0;  // ru_maxrss is KiB on Linux
  int exit_code = -1;        // -1 when killed by a signal
  int signal = 0;
};

// Fails only when the program cannot be started (not found, not executable).
Result<TimedCommand> run_timed(const std::vector<std::string>& argv);

// The run's measurements: wall, user, sys (ns) and max_rss (bytes) of `benchmark`.
std::vector<Measurement> timed_measurements(const std::string& benchmark, const TimedCommand& t);

}  // namespace raxol::perf
