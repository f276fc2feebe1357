// The little shell reader that finds deploy commands in `run:` scripts.
#include <catch2/catch.hpp>

#include "config/workflows/shell_commands.h"

using raxol::workflows::join_path;
using raxol::workflows::normalize_path;
using raxol::workflows::split_shell_script;
using raxol::workflows::split_words;
using Words = std::vector<std::string>;

TEST_CASE("workflow shell: operators, quotes, expressions and assignments",
          "[config][workflows][shell]") {
  auto commands = split_shell_script(
      "set -e; A=1 B=\"two words\" flyctl deploy --app 'my app' --image x:${{ github.sha }} "
      "2>&1 | tee log\nif [ -f x ]; then fly deploy; fi",
      "");
  REQUIRE(commands.size() == 6);
  CHECK(commands[0].words == Words{"set", "-e"});
  CHECK(commands[1].words ==
        Words{"flyctl", "deploy", "--app", "my app", "--image", "x:${{ github.sha }}", "2>&1"});
  CHECK(commands[2].words == Words{"tee", "log"});
  CHECK(commands[4].words == Words{"fly", "deploy"});
  CHECK(commands[5].words == Words{"fi"});
}

TEST_CASE("workflow shell: continuations, comments and heredocs", "[config][workflows][shell]") {
  auto commands = split_shell_script(
      "# fly deploy in a comment\n"
      "flyctl deploy \\\n  --remote-only\n"
      "cat > f <<-'END'\nflyctl deploy --app hidden\n  END\n"
      "echo after # trailing comment\n",
      "");
  REQUIRE(commands.size() == 3);
  CHECK(commands[0].words == Words{"flyctl", "deploy", "--remote-only"});
  CHECK(commands[1].words == Words{"cat", ">", "f"});
  CHECK(commands[2].words == Words{"echo", "after"});
}

TEST_CASE("workflow shell: cd is followed from the working directory",
          "[config][workflows][shell]") {
  auto commands = split_shell_script("cd web\nfly deploy\ncd ../docs && wrangler x\n", "apps");
  REQUIRE(commands.size() == 4);
  CHECK(commands[1].directory == "apps/web");
  CHECK(commands[3].directory == "apps/docs");
  auto workspace = split_shell_script("cd $GITHUB_WORKSPACE/site && ls", "apps");
  CHECK(workspace[1].directory == "site");
}

TEST_CASE("workflow shell: split_words keeps a line whole", "[config][workflows][shell]") {
  CHECK(split_words("deploy --remote-only && x") == Words{"deploy", "--remote-only", "&&", "x"});
}

TEST_CASE("workflow shell: path normalisation", "[config][workflows][shell]") {
  CHECK(normalize_path("./docs/performance") == "docs/performance");
  CHECK(normalize_path("docs/performance/") == "docs/performance");
  CHECK(normalize_path("./") == "");
  CHECK(normalize_path("${{ github.workspace }}/public") == "public");
  CHECK(normalize_path("${{ env.DIR }}/x") == "${{ env.DIR }}/x");
  CHECK(join_path("", "") == ".");
  CHECK(join_path("web", "./priv/static/") == "web/priv/static");
  CHECK(join_path("web", "../fly.toml") == "fly.toml");
  CHECK(join_path("web", "/abs/dir") == "/abs/dir");
  CHECK(join_path("${{ inputs.dir }}", "dist") == "${{ inputs.dir }}/dist");
}
