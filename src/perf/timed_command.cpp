#include "perf/timed_command.h"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <chrono>
#include <cstring>

extern char** environ;

namespace raxol::perf {

namespace {
double timeval_ns(const timeval& tv) {
  return static_cast<double>(tv.tv_sec) * 1e9 + static_cast<double>(tv.tv_usec) * 1e3;
}
}  // namespace

Result<TimedCommand> run_timed(const std::vector<std::string>& argv) {
  if (argv.empty()) return make_error(ErrorKind::usage, "perf time: no command after --");
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const auto start = std::chrono::steady_clock::now();
  const int spawned = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (spawned != 0)
    return make_error(ErrorKind::usage, "cannot run " + argv[0] + ": " + std::strerror(spawned));
  int status = 0;
  rusage usage{};
  pid_t waited = 0;
  do {
    waited = wait4(pid, &status, 0, &usage);
  } while (waited < 0 && errno == EINTR);
  const auto end = std::chrono::steady_clock::now();
  if (waited < 0)
    return make_error(ErrorKind::internal, std::string("wait4: ") + std::strerror(errno));
  TimedCommand out;
  out.wall_ns = static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(end - start).count());
  out.user_ns = timeval_ns(usage.ru_utime);
  out.sys_ns = timeval_ns(usage.ru_stime);
  out.max_rss_bytes = static_cast<double>(usage.ru_maxrss) * 1024.0;
  if (WIFEXITED(status)) out.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
  return out;
}

std::vector<Measurement> timed_measurements(const std::string& benchmark, const TimedCommand& t) {
  auto one = [&](const char* measure, const char* unit, double value) {
    Measurement m;
    m.benchmark = benchmark;
    m.measure = measure;
    m.unit = unit;
    m.direction = direction_of_unit(unit);
    m.values = {value};
    return m;
  };
  return {one("wall", kUnitNanoseconds, t.wall_ns), one("user", kUnitNanoseconds, t.user_ns),
          one("sys", kUnitNanoseconds, t.sys_ns), one("max_rss", kUnitBytes, t.max_rss_bytes)};
}

}  // namespace raxol::perf
