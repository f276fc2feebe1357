#include "cli/shell_support.h"

#include "raxol/process.h"

namespace raxol::test {

bool shell_available(const std::string& shell) {
  return run_shell({"sh", "-c", "command -v " + shell}).exit_code == 0;
}

ShellResult run_shell(const std::vector<std::string>& argv, const std::filesystem::path& cwd) {
  ProcessSpec spec;
  spec.argv = argv;
  spec.cwd = cwd;
  spec.env["NO_COLOR"] = "1";
  spec.timeout = std::chrono::minutes(1);
  auto result = make_posix_process_runner()->run(spec);
  if (!result.ok()) return {-1, "", result.error().message};
  return {result->exit_code, result->out, result->err};
}

}  // namespace raxol::test
