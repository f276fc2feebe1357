// Runs a shell (bash, zsh, fish) on a script, for the completion tests; shells that are not
// installed are reported so the test can skip them with a WARN.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace raxol::test {

struct ShellResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// True when `shell` is on PATH (command -v).
bool shell_available(const std::string& shell);

ShellResult run_shell(const std::vector<std::string>& argv, const std::filesystem::path& cwd = {});

class TempDir;
// `raxol-deploy completion SHELL` written to DIR/raxol-deploy.SHELL (REQUIREs that it worked).
std::filesystem::path write_completion_script(const TempDir& dir, const std::string& shell);

}  // namespace raxol::test
