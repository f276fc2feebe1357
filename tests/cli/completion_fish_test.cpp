// The fish completion script: it parses in fish and completes commands and flags.
#include <catch2/catch.hpp>

#include "cli/cli_info.h"
#include "cli/completion_scripts.h"
#include "cli/shell_support.h"
#include "support/run_binary.h"

using raxol::test::run_shell;
using raxol::test::shell_available;
using raxol::test::TempDir;
using raxol::test::write_completion_script;

TEST_CASE("completion fish: the script parses and completes commands and flags",
          "[completion][fish]") {
  if (!shell_available("fish")) {
    WARN("fish is not installed: fish completion not checked");
    return;
  }
  TempDir dir;
  auto script = write_completion_script(dir, "fish");
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

TEST_CASE("completion fish: commands options choices and targets per command path",
          "[completion][fish]") {
  const std::string script = raxol::fish_completion_script(raxol::describe_cli());
  const std::string deploy_guard = "complete -c raxol-deploy -n '__raxol_deploy_at \\'deploy\\''";
  CHECK(script.find("complete -c raxol-deploy -e\n") != std::string::npos);
  CHECK(script.find(deploy_guard + " -l strategy -x -a 'rolling immediate canary bluegreen'") !=
        std::string::npos);
  CHECK(script.find(deploy_guard + " -a '(__raxol_deploy_targets)'") != std::string::npos);
  CHECK(script.find(" -a secrets -d ") != std::string::npos);
  CHECK(script.find(" -s n -l lines -x -d ") != std::string::npos);
  CHECK(script.find("complete -c raxol-deploy -l json -d ") != std::string::npos);  // global
  CHECK(script.find(" -a generate") == std::string::npos);                          // hidden
  CHECK(script.find("list-targets -d") == std::string::npos);
}
