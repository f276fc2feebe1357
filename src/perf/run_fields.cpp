#include "perf/run_fields.h"

#include <unistd.h>

#include <map>

#include "util/ids.h"
#include "util/strings.h"
#include "util/time_format.h"

namespace raxol::perf {

namespace {

std::string from_env(const Environment& env, const char* name) {
  auto value = env.get(name);
  return value ? trim(*value) : std::string();
}

// The first line git printed, or "" when git is missing or says no (not a repository).
std::string git_line(ProcessRunner& processes, std::vector<std::string> argv) {
  auto result = processes.run(ProcessSpec(std::move(argv)));
  if (!result.ok() || result.value().exit_code != 0) return {};
  return trim(first_line(result.value().out));
}

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "unknown";
  return name;
}

}  // namespace

Result<RunFields> resolve_run_fields(RunFields given, const Environment& env,
                                     ProcessRunner& processes, const std::string& default_suite) {
  if (given.commit.empty()) given.commit = from_env(env, "GITHUB_SHA");
  if (given.commit.empty()) given.commit = git_line(processes, {"git", "rev-parse", "HEAD"});
  if (given.commit.empty())
    return make_error(ErrorKind::usage,
                      "no commit: pass --commit SHA, set GITHUB_SHA or run inside a git checkout");
  if (given.ref.empty()) given.ref = from_env(env, "GITHUB_REF");
  if (given.ref.empty()) given.ref = git_line(processes, {"git", "symbolic-ref", "-q", "HEAD"});
  if (given.testbed.empty()) given.testbed = from_env(env, "RUNNER_NAME");
  if (given.testbed.empty()) given.testbed = host_name();
  if (given.suite.empty()) given.suite = default_suite;
  return given;
}

std::vector<Measurement> merge_measurements(const std::vector<std::vector<Measurement>>& files) {
  std::vector<Measurement> out;
  std::map<std::pair<std::string, std::string>, size_t> index;
  for (const auto& file : files) {
    for (const auto& m : file) {
      auto [it, added] = index.try_emplace({m.benchmark, m.measure}, out.size());
      if (added) {
        out.push_back(m);
        continue;
      }
      Measurement& into = out[it->second];
      into.values.insert(into.values.end(), m.values.begin(), m.values.end());
      into.lower.reset();
      into.upper.reset();
    }
  }
  return out;
}

Run make_run(const RunFields& fields, std::string format, std::vector<std::string> sources,
             std::vector<Measurement> measurements, std::chrono::system_clock::time_point now) {
  Run run;
  run.commit = fields.commit;
  run.ref = fields.ref;
  run.testbed = fields.testbed;
  run.suite = fields.suite;
  run.id = fields.commit.substr(0, 12) + "-" + new_ulid(epoch_ms(now));
  run.created_at = format_rfc3339(now);
  run.format = std::move(format);
  run.sources = std::move(sources);
  run.measurements = std::move(measurements);
  return run;
}

}  // namespace raxol::perf
