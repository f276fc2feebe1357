// Child processes (git, for one). Arguments never carry secrets: pass them through `env`
// (or stdin) instead, since argv is visible to every user of the machine.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/result.h"

namespace raxol {

struct ProcessSpec {
  ProcessSpec() = default;
  explicit ProcessSpec(std::vector<std::string> argv_) : argv(std::move(argv_)) {}

  std::vector<std::string> argv;                // argv[0] is looked up in PATH
  std::filesystem::path cwd;                    // empty: inherit
  std::map<std::string, std::string> env;       // added to (or replacing) the inherited ones
  std::vector<std::string> env_remove;          // inherited variables to drop
  std::string stdin_data;                       // written to the child's stdin, then closed
  std::optional<std::chrono::milliseconds> timeout;  // killed (SIGKILL) when exceeded
  // Called with each piece of output as it arrives (a builder's step lines stream to the
  // user); the output is still captured in ProcessResult.
  std::function<void(bool from_stderr, std::string_view chunk)> on_output;
};

struct ProcessResult {
  int exit_code = -1;      // -1 when killed by a signal
  int signal = 0;          // the terminating signal, 0 if it exited
  bool timed_out = false;
  std::string out;
  std::string err;
};

class ProcessRunner {
 public:
  virtual ~ProcessRunner() = default;
  // Runs to completion and captures stdout and stderr. Fails only when the program cannot be
  // started; a non-zero exit is a normal ProcessResult.
  virtual Result<ProcessResult> run(const ProcessSpec& spec) = 0;
};

std::unique_ptr<ProcessRunner> make_posix_process_runner();

}  // namespace raxol
