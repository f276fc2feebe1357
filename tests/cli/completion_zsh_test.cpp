// The zsh completion script: it parses in zsh.
#include <catch2/catch.hpp>

#include "cli/cli_info.h"
#include "cli/completion_scripts.h"
#include "cli/shell_support.h"
#include "support/run_binary.h"

using raxol::test::run_shell;
using raxol::test::shell_available;
using raxol::test::TempDir;
using raxol::test::write_completion_script;

TEST_CASE("completion zsh: the script parses in zsh", "[completion][zsh]") {
  if (!shell_available("zsh")) {
    WARN("zsh is not installed: zsh completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_completion_script(dir, "zsh");
  auto syntax = run_shell({"zsh", "-n", script.string()});
  INFO(syntax.err);
  CHECK(syntax.exit_code == 0);
}

TEST_CASE("completion zsh: one function per command with options choices and targets",
          "[completion][zsh]") {
  const std::string script = raxol::zsh_completion_script(raxol::describe_cli());
  CHECK(script.rfind("#compdef raxol-deploy\n", 0) == 0);
  CHECK(script.find("\n_raxol_deploy__deploy() {\n") != std::string::npos);
  CHECK(script.find("\n_raxol_deploy__secrets__set() {\n") != std::string::npos);
  CHECK(script.find(":(rolling immediate canary bluegreen)'") != std::string::npos);
  CHECK(script.find("'(-n --lines)'{-n,--lines}'") != std::string::npos);
  CHECK(script.find(":_raxol_deploy_targets'") != std::string::npos);
  CHECK(script.find("completion --list-targets") != std::string::npos);
  CHECK(script.find("_raxol_deploy__docs") == std::string::npos);  // hidden
  CHECK(script.find("list-targets[") == std::string::npos);        // hidden option
}

TEST_CASE("completion zsh: rollback keeps its own --version out of the globals",
          "[completion][zsh]") {
  const std::string script = raxol::zsh_completion_script(raxol::describe_cli());
  auto start = script.find("\n_raxol_deploy__rollback() {\n");
  REQUIRE(start != std::string::npos);
  const std::string body = script.substr(start, script.find("\n}\n", start) - start);
  CHECK(body.find("${_raxol_deploy_globals[@]}") == std::string::npos);
  CHECK(body.find("'--json[") != std::string::npos);
  CHECK(body.find("Display program version") == std::string::npos);
}
