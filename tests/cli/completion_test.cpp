// `raxol-deploy completion bash|zsh|fish`: the scripts parse in their shell and complete
// commands, flags, choices and target names from the real command tree.
#include <catch2/catch.hpp>

#include "cli/shell_support.h"
#include "support/run_binary.h"

using raxol::test::binary_path;
using raxol::test::run_binary;
using raxol::test::run_shell;
using raxol::test::shell_available;
using raxol::test::TempDir;

namespace {

std::filesystem::path write_script(const TempDir& dir, const std::string& shell) {
  auto script = run_binary({"completion", shell});
  REQUIRE(script.exit_code == 0);
  REQUIRE_FALSE(script.out.empty());
  auto path = dir / ("raxol-deploy." + shell);
  raxol::test::write_file(path, script.out);
  return path;
}

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

TEST_CASE("completion: bash script is valid and completes commands, flags and values",
          "[completion]") {
  if (!shell_available("bash")) {
    WARN("bash is not installed: bash completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_script(dir, "bash");
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

TEST_CASE("completion: bash completes target names from the project", "[completion]") {
  if (!shell_available("bash")) {
    WARN("bash is not installed: bash completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_script(dir, "bash");
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
  auto elsewhere = bash_complete(script, "'" + binary_path() + "' -C '" +
                                             empty.path().string() + "' status ''");
  CHECK_FALSE(offers(elsewhere, "fly"));
}

TEST_CASE("completion: --list-targets prints the project's target names", "[completion]") {
  auto listed = run_binary({"completion", "--list-targets"}, {},
                           raxol::test::source_path("examples/raxol"));
  REQUIRE(listed.exit_code == 0);
  CHECK(listed.out == "fly\npages\ngh-pages\n");
}

TEST_CASE("completion: a missing or unknown shell is a usage error", "[completion]") {
  CHECK(run_binary({"completion"}).exit_code == 2);
  auto unknown = run_binary({"completion", "powershell"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("powershell") != std::string::npos);
}

TEST_CASE("completion: zsh script is valid", "[completion]") {
  if (!shell_available("zsh")) {
    WARN("zsh is not installed: zsh completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_script(dir, "zsh");
  auto syntax = run_shell({"zsh", "-n", script.string()});
  INFO(syntax.err);
  CHECK(syntax.exit_code == 0);
}

TEST_CASE("completion: fish script is valid and completes commands and flags", "[completion]") {
  if (!shell_available("fish")) {
    WARN("fish is not installed: fish completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_script(dir, "fish");
  auto syntax = run_shell({"fish", "-n", script.string()});
  INFO(syntax.err);
  REQUIRE(syntax.exit_code == 0);
  auto complete = [&](const std::string& line) {
    auto result = run_shell({"fish", "--no-config", "-c",
                             "source '" + script.string() + "'; complete -C '" + line + "'"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return "\n" + result.out;
  };
  auto top = complete("raxol-deploy ");
  CHECK(top.find("\ndeploy\t") != std::string::npos);
  CHECK(top.find("\ndocs") == std::string::npos);
  auto flags = complete("raxol-deploy deploy --");
  CHECK(flags.find("\n--json\t") != std::string::npos);
  CHECK(flags.find("\n--strategy\t") != std::string::npos);
  auto secrets = complete("raxol-deploy secrets ");
  CHECK(secrets.find("\nset\t") != std::string::npos);
}
