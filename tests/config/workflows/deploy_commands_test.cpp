// The deploy command-line readers and secret-name collection.
#include <catch2/catch.hpp>

#include "config/workflows/deploy_commands.h"

using nlohmann::json;

TEST_CASE("deploy commands: command readers reject other subcommands",
          "[config][workflows][deploy_commands]") {
  using raxol::workflows::read_deploy_command;
  CHECK_FALSE(read_deploy_command({"flyctl", "status"}, ""));
  CHECK_FALSE(read_deploy_command({"flyctl", "apps", "deploy"}, ""));
  CHECK_FALSE(read_deploy_command({"wrangler", "deploy"}, ""));
  CHECK_FALSE(read_deploy_command({"wrangler", "pages", "project", "list"}, ""));
  CHECK_FALSE(read_deploy_command({"echo", "fly", "deploy"}, ""));
  auto global_flag = read_deploy_command({"flyctl", "-t", "TOKEN", "deploy", "-a", "x"}, "");
  REQUIRE(global_flag);
  CHECK(global_flag->settings == json{{"config", "fly.toml"}, {"app", "x"}});
  auto yarn = read_deploy_command(
      {"yarn", "wrangler", "pages", "deploy", "build", "--cwd", "site", "--project-name", "p"}, "");
  REQUIRE(yarn);
  CHECK(yarn->settings == json{{"directory", "site/build"}, {"project", "p"}});
}

TEST_CASE("deploy commands: secret names are collected, values never",
          "[config][workflows][deploy_commands]") {
  std::vector<std::string> names;
  raxol::workflows::collect_secret_names(
      "${{ secrets.A_TOKEN }} ${{ secrets['B-KEY'] }} ${{ mysecrets.C }} secrets", names);
  CHECK(names == std::vector<std::string>{"A_TOKEN", "B-KEY"});
}
