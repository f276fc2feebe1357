// The flyctl and wrangler deploy command-line readers, secret masking and secret-name collection.
#include "config/workflows/deploy_commands.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using raxol::workflows::collect_secret_names;
using raxol::workflows::mask_secret_expressions;
using raxol::workflows::mentions_secret;
using raxol::workflows::read_deploy_command;
using raxol::workflows::read_fly_deploy;
using raxol::workflows::read_wrangler_pages_deploy;
using Words = std::vector<std::string>;

TEST_CASE("deploy commands: flyctl deploy and its spellings",
          "[config][workflows][deploy_commands]") {
  for (const Words& words : {Words{"flyctl", "deploy"}, Words{"fly", "deploy"},
                             Words{"/home/runner/.fly/bin/flyctl", "deploy"}}) {
    INFO(words[0]);
    auto command = read_fly_deploy(words, "");
    REQUIRE(command);
    CHECK(command->kind == "fly");
    CHECK(command->settings == json{{"config", "fly.toml"}});
    CHECK(command->flags.empty());
  }
  // The step's directory, then a positional working directory, decide where fly.toml is.
  CHECK(read_fly_deploy({"flyctl", "deploy"}, "apps/web")->settings ==
        json{{"config", "apps/web/fly.toml"}});
  CHECK(read_fly_deploy({"flyctl", "deploy", "web"}, "apps")->settings ==
        json{{"config", "apps/web/fly.toml"}});
  CHECK(read_fly_deploy({"flyctl", "deploy", "./web/", "ignored"}, "")->settings ==
        json{{"config", "web/fly.toml"}});
}

TEST_CASE("deploy commands: flyctl --config, --app, --image and --strategy become settings",
          "[config][workflows][deploy_commands]") {
  auto long_flags =
      read_fly_deploy({"flyctl", "deploy", "--config", "fly.prod.toml", "--app", "raxol", "--image",
                       "registry.fly.io/raxol:1", "--strategy", "bluegreen"},
                      "apps");
  REQUIRE(long_flags);
  CHECK(long_flags->settings == json{{"config", "apps/fly.prod.toml"},
                                     {"app", "raxol"},
                                     {"image", "registry.fly.io/raxol:1"},
                                     {"strategy", "bluegreen"}});
  CHECK(long_flags->flags.empty());

  auto short_flags =
      read_fly_deploy({"flyctl", "deploy", "-c", "x.toml", "-a", "short", "-i", "img"}, "");
  REQUIRE(short_flags);
  CHECK(short_flags->settings == json{{"config", "x.toml"}, {"app", "short"}, {"image", "img"}});

  auto equals = read_fly_deploy(
      {"flyctl", "deploy", "--app=eq", "--config=../other/fly.toml", "--strategy=rolling"},
      "apps/web");
  REQUIRE(equals);
  CHECK(equals->settings ==
        json{{"config", "apps/other/fly.toml"}, {"app", "eq"}, {"strategy", "rolling"}});

  // --config is read from the step's directory, not from the positional working directory.
  CHECK(read_fly_deploy({"flyctl", "deploy", "web", "--config", "fly.toml"}, "")->settings ==
        json{{"config", "fly.toml"}});
}

TEST_CASE("deploy commands: other flyctl flags are kept as written",
          "[config][workflows][deploy_commands]") {
  auto command = read_fly_deploy({"flyctl", "deploy", "--remote-only", "--region", "ord", "-e",
                                  "MODE=prod", "--ha=false", "--build-arg", "V=1", "--detach"},
                                 "");
  REQUIRE(command);
  CHECK(command->flags == Words{"--remote-only", "--region ord", "-e MODE=prod", "--ha=false",
                                "--build-arg V=1", "--detach"});
  CHECK(command->settings == json{{"config", "fly.toml"}});

  // A value flag at the end with nothing after it is a bare flag, not a setting.
  auto dangling = read_fly_deploy({"flyctl", "deploy", "--app"}, "");
  REQUIRE(dangling);
  CHECK_FALSE(dangling->settings.contains("app"));
  CHECK(dangling->flags == Words{"--app"});
}

TEST_CASE("deploy commands: flyctl tokens and secret values never become flags or settings",
          "[config][workflows][deploy_commands]") {
  auto command =
      read_fly_deploy({"flyctl", "deploy", "--access-token", "${{ secrets.FLY_API_TOKEN }}", "-t",
                       "plain-token", "--access-token=fo1_literal", "--app",
                       "${{ secrets.APP_NAME }}", "--image", "${{ env.IMAGE }}"},
                      "");
  REQUIRE(command);
  CHECK(command->settings == json{{"config", "fly.toml"}, {"image", "${{ env.IMAGE }}"}});
  CHECK(command->flags.empty());
  const std::string dump = command->settings.dump();
  CHECK(dump.find("plain-token") == std::string::npos);
  CHECK(dump.find("fo1_literal") == std::string::npos);

  // Global flags before the subcommand are skipped, value included.
  auto global = read_fly_deploy({"flyctl", "-t", "TOKEN", "--verbose", "deploy", "-a", "x"}, "");
  REQUIRE(global);
  CHECK(global->settings == json{{"config", "fly.toml"}, {"app", "x"}});
  CHECK(global->flags.empty());
}

TEST_CASE("deploy commands: flyctl reader rejects what is not a deploy",
          "[config][workflows][deploy_commands]") {
  CHECK_FALSE(read_fly_deploy({}, ""));
  CHECK_FALSE(read_fly_deploy({"flyctl"}, ""));
  CHECK_FALSE(read_fly_deploy({"flyctl", "status"}, ""));
  CHECK_FALSE(read_fly_deploy({"flyctl", "apps", "deploy"}, ""));
  CHECK_FALSE(read_fly_deploy({"flyctl", "--app", "x"}, ""));
  CHECK_FALSE(read_fly_deploy({"echo", "flyctl", "deploy"}, ""));
  CHECK_FALSE(read_fly_deploy({"flyctl2", "deploy"}, ""));
  CHECK_FALSE(read_fly_deploy({"npx", "flyctl", "deploy"}, ""));
  CHECK_FALSE(read_fly_deploy({"wrangler", "pages", "deploy", "dist"}, ""));
}

TEST_CASE("deploy commands: wrangler pages deploy and its runners",
          "[config][workflows][deploy_commands]") {
  const json expected = {{"directory", "dist"}, {"project", "site"}};
  for (const Words& words : {
           Words{"wrangler", "pages", "deploy", "dist", "--project-name", "site"},
           Words{"wrangler", "pages", "publish", "dist", "--project-name", "site"},
           Words{"npx", "wrangler", "pages", "deploy", "dist", "--project-name=site"},
           Words{"npx", "--yes", "wrangler@3", "pages", "deploy", "dist", "--project-name", "site"},
           Words{"bunx", "wrangler", "pages", "deploy", "dist", "--project-name", "site"},
           Words{"pnpm", "dlx", "wrangler", "pages", "deploy", "dist", "--project-name", "site"},
           Words{"pnpm", "exec", "wrangler", "pages", "deploy", "dist", "--project-name", "site"},
           Words{"yarn", "wrangler", "pages", "deploy", "dist", "--project-name", "site"},
           Words{"npm", "exec", "--", "wrangler", "pages", "deploy", "dist", "--project-name",
                 "site"},
           Words{"./node_modules/.bin/wrangler", "pages", "deploy", "dist", "--project-name",
                 "site"},
       }) {
    INFO(words[0] + " " + words[1] + " " + words[2]);
    auto command = read_wrangler_pages_deploy(words, "");
    REQUIRE(command);
    CHECK(command->kind == "cloudflare-pages");
    CHECK(command->settings == expected);
    CHECK(command->flags.empty());
  }
}

TEST_CASE("deploy commands: wrangler directory, --cwd, --branch and other flags",
          "[config][workflows][deploy_commands]") {
  auto command = read_wrangler_pages_deploy(
      {"wrangler", "pages", "deploy", "build", "--branch", "preview", "--commit-dirty=true",
       "--commit-hash", "abc123", "--skip-caching", "--cwd", "site"},
      "apps");
  REQUIRE(command);
  CHECK(command->settings == json{{"directory", "apps/site/build"}, {"branch", "preview"}});
  CHECK(command->flags == Words{"--commit-dirty=true", "--commit-hash abc123", "--skip-caching"});

  CHECK(read_wrangler_pages_deploy({"wrangler", "pages", "deploy", "./out/"}, "web")->settings ==
        json{{"directory", "web/out"}});
  CHECK(
      read_wrangler_pages_deploy({"wrangler", "pages", "deploy", "--branch=main"}, "")->settings ==
      json{{"branch", "main"}});
  // No directory written: none implied.
  CHECK(read_wrangler_pages_deploy({"wrangler", "pages", "deploy"}, "web")->settings ==
        json::object());
  // Secret values are dropped, not kept as flags.
  auto secret = read_wrangler_pages_deploy(
      {"wrangler", "pages", "deploy", "d", "--project-name", "${{ secrets.PROJECT }}"}, "");
  REQUIRE(secret);
  CHECK(secret->settings == json{{"directory", "d"}});
  CHECK(secret->flags.empty());
}

TEST_CASE("deploy commands: wrangler reader rejects other commands",
          "[config][workflows][deploy_commands]") {
  CHECK_FALSE(read_wrangler_pages_deploy({}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"npx"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"wrangler", "deploy"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"wrangler", "pages"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"wrangler", "pages", "project", "list"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"wrangler", "publish", "pages"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"wrangler-cli", "pages", "deploy", "dist"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"npx", "vercel", "deploy"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"pnpm", "install"}, ""));
  CHECK_FALSE(read_wrangler_pages_deploy({"flyctl", "deploy"}, ""));
}

TEST_CASE("deploy commands: read_deploy_command picks the right reader",
          "[config][workflows][deploy_commands]") {
  CHECK(read_deploy_command({"flyctl", "deploy", "-a", "x"}, "")->kind == "fly");
  auto yarn = read_deploy_command(
      {"yarn", "wrangler", "pages", "deploy", "build", "--cwd", "site", "--project-name", "p"}, "");
  REQUIRE(yarn);
  CHECK(yarn->kind == "cloudflare-pages");
  CHECK(yarn->settings == json{{"directory", "site/build"}, {"project", "p"}});
  // GitHub Pages deploys are recognised from actions only: the gh-pages npm CLI and plain git
  // pushes are not deploy command lines.
  CHECK_FALSE(read_deploy_command({"npx", "gh-pages", "-d", "dist"}, ""));
  CHECK_FALSE(read_deploy_command({"gh-pages", "-d", "dist", "-b", "gh-pages"}, ""));
  CHECK_FALSE(read_deploy_command({"git", "push", "origin", "gh-pages"}, ""));
  CHECK_FALSE(read_deploy_command({"wrangler", "deploy"}, ""));
  CHECK_FALSE(read_deploy_command({"echo", "fly", "deploy"}, ""));
  CHECK_FALSE(read_deploy_command({}, ""));
}

TEST_CASE("deploy commands: secret expressions are detected and masked",
          "[config][workflows][deploy_commands]") {
  CHECK(mentions_secret("${{ secrets.FLY_API_TOKEN }}"));
  CHECK(mentions_secret("${{ secrets['X'] }}"));
  CHECK_FALSE(mentions_secret("${{ env.APP }}"));
  CHECK_FALSE(mentions_secret("no secrets here"));
  CHECK_FALSE(mentions_secret(""));

  CHECK(mask_secret_expressions("deploy -t ${{ secrets.T }} --app ${{ env.A }}") ==
        "deploy -t [secret] --app ${{ env.A }}");
  CHECK(mask_secret_expressions("${{secrets.A}}${{ secrets['B'] }}") == "[secret][secret]");
  CHECK(mask_secret_expressions("plain text") == "plain text");
  CHECK(mask_secret_expressions("") == "");
  // An expression that never closes is left as written (no value is ever in it, only a name).
  CHECK(mask_secret_expressions("x ${{ secrets.T") == "x ${{ secrets.T");
}

TEST_CASE("deploy commands: secret names are collected, values never",
          "[config][workflows][deploy_commands]") {
  std::vector<std::string> names{"EXISTING"};
  collect_secret_names(
      "${{ secrets.A_TOKEN }} ${{ secrets['B-KEY'] }} ${{ secrets[\"C\"] }} ${{ mysecrets.D }} "
      "secrets secrets. secrets[E] ${{ secrets.A_TOKEN }}",
      names);
  CHECK(names == std::vector<std::string>{"EXISTING", "A_TOKEN", "B-KEY", "C", "A_TOKEN"});
  std::vector<std::string> none;
  collect_secret_names("echo deploying; ${{ env.X }}", none);
  CHECK(none.empty());
}
