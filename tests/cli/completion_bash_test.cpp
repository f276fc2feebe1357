// The bash completion script: it parses in bash and completes commands, flags, choices and
// target names from the real command tree.
#include <catch2/catch.hpp>

#include "cli/shell_support.h"
#include "support/run_binary.h"

using raxol::test::binary_path;
using raxol::test::run_shell;
using raxol::test::shell_available;
using raxol::test::TempDir;
using raxol::test::write_completion_script;

namespace {

// The words bash would offer for `words` (the last one is being completed), one a line.
std::string bash_complete(const std::filesystem::path& script, const std::string& words) {
  std::string program = "source '" + script.string() + "'\n" + "COMP_WORDS=(" + words +
                        ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n_raxol_deploy\n"
                        "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
  auto result = run_shell({"bash", "-c", program}, raxol::test::source_path("examples/raxol"));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return "\n" + result.out;
}

bool offers(const std::string& lines, const std::string& word) {
  return lines.find("\n" + word + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("completion bash: the script is valid and completes commands flags and values",
          "[completion][bash]") {
  if (!shell_available("bash")) {
    WARN("bash is not installed: bash completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_completion_script(dir, "bash");
  auto syntax = run_shell({"bash", "-n", script.string()});
  INFO(syntax.err);
  REQUIRE(syntax.exit_code == 0);

  auto top = bash_complete(script, "raxol-deploy ''");
  CHECK(offers(top, "deploy"));
  CHECK(offers(top, "config"));
  CHECK(offers(top, "completion"));
  CHECK_FALSE(offers(top, "docs"));  // hidden
  CHECK_FALSE(offers(top, "--json"));

  auto deploy_flags = bash_complete(script, "raxol-deploy deploy --");
  CHECK(offers(deploy_flags, "--json"));  // global flags after the command
  CHECK(offers(deploy_flags, "--strategy"));
  CHECK(offers(deploy_flags, "--dry-run"));
  CHECK_FALSE(offers(deploy_flags, "--follow"));  // logs' flag

  auto strategy = bash_complete(script, "raxol-deploy --json deploy --strategy c");
  CHECK(offers(strategy, "canary"));
  CHECK_FALSE(offers(strategy, "rolling"));

  auto config = bash_complete(script, "raxol-deploy -v config ''");
  CHECK(offers(config, "show"));
  CHECK(offers(config, "validate"));

  auto show_flags = bash_complete(script, "raxol-deploy config show --");
  CHECK(offers(show_flags, "--process-group"));

  auto shells = bash_complete(script, "raxol-deploy completion ''");
  CHECK(offers(shells, "zsh"));
  CHECK(offers(shells, "fish"));
}

TEST_CASE("completion bash: target names come from the project", "[completion][bash]") {
  if (!shell_available("bash")) {
    WARN("bash is not installed: bash completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_completion_script(dir, "bash");
  // COMP_WORDS[0] is the binary under test; the cwd is examples/raxol (three targets).
  auto targets = bash_complete(script, "'" + binary_path() + "' deploy ''");
  CHECK(offers(targets, "fly"));
  CHECK(offers(targets, "pages"));
  CHECK(offers(targets, "gh-pages"));

  auto gh = bash_complete(script, "'" + binary_path() + "' releases gh");
  CHECK(offers(gh, "gh-pages"));
  CHECK_FALSE(offers(gh, "fly"));

  // -C on the same line points --list-targets at another directory.
  TempDir empty;
  auto elsewhere = bash_complete(
      script, "'" + binary_path() + "' -C '" + empty.path().string() + "' status ''");
  CHECK_FALSE(offers(elsewhere, "fly"));
}
