#include "cli/shell_support.h"

#include <catch2/catch.hpp>

#include "raxol/process.h"
#include "support/run_binary.h"

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

std::filesystem::path write_completion_script(const TempDir& dir, const std::string& shell) {
  auto script = run_binary({"completion", shell});
  REQUIRE(script.exit_code == 0);
  REQUIRE_FALSE(script.out.empty());
  auto path = dir / ("raxol-deploy." + shell);
  write_file(path, script.out);
  return path;
}

}  // namespace raxol::test
