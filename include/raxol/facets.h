// Optional abilities of a target (see target.h): a target that has one returns it from the
// matching Target method; commands report "not supported by <kind>" for a nullptr.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "raxol/result.h"

namespace raxol {

struct LogEntry {
  std::string timestamp;  // RFC 3339
  std::string message;
  std::string level;
  std::string source;  // machine id, deployment...
  std::string region;
};

struct LogQuery {
  bool follow = false;   // keep printing new lines until interrupted
  std::string source;    // only this machine
  std::string region;    // only this region
  size_t limit = 100;    // how many recent lines to start with
};

class LogsFacet {
 public:
  virtual ~LogsFacet() = default;
  // Calls `sink` for each line, oldest first: the `limit` most recent, then, with `follow`,
  // new ones as they come until the context's cancel token is set.
  virtual Status read_logs(const LogQuery& query,
                           const std::function<void(const LogEntry&)>& sink) = 0;
};

struct ExecResult {
  std::string source;  // where it ran (machine id)
  int exit_code = 0;
  std::string out;
  std::string err;
};

class ExecFacet {
 public:
  virtual ~ExecFacet() = default;
  // Runs `command` once in a running instance (`source`, or any running one when empty).
  virtual Result<ExecResult> exec(const std::string& source, const std::vector<std::string>& command,
                                  int timeout_seconds) = 0;
};

}  // namespace raxol
