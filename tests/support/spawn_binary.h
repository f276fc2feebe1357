// Starts the real binary in the background, so that a test can signal it mid-run.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

#include "support/run_binary.h"

namespace raxol::test {

class BackgroundBinary {
 public:
  BackgroundBinary(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                   const std::filesystem::path& cwd);
  ~BackgroundBinary();  // kills it if still running
  void signal(int signal_number);
  // Waits for the exit and returns what it printed.
  BinaryResult wait();

 private:
  pid_t pid_ = -1;
  TempDir output_;
  bool finished_ = false;
};

}  // namespace raxol::test
