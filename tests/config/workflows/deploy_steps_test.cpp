// Every recognised deploy-step form, one fixture each under tests/fixtures/workflows/.
#include <catch2/catch.hpp>

#include "config/workflows/deploy_steps.h"
#include "support/run_binary.h"

using nlohmann::json;
using raxol::test::read_file;
using raxol::test::reference_path;
using raxol::test::source_path;
using raxol::workflows::DeployStep;
using raxol::workflows::find_deploy_steps;
using raxol::workflows::load_workflow;

namespace {

std::vector<DeployStep> deploys_in(const std::string& fixture) {
  auto loaded =
      load_workflow(read_file(source_path("tests/fixtures/workflows/" + fixture)), fixture);
  REQUIRE(loaded.ok());
  return find_deploy_steps(loaded->workflow);
}

}  // namespace

TEST_CASE("workflow deploy steps: Fly forms", "[config][workflows][deploy_steps]") {
  auto deploys = deploys_in("fly-deploys.yml");
  REQUIRE(deploys.size() == 5);
  for (const auto& deploy : deploys) CHECK(deploy.kind == "fly");

  // setup-flyctl followed by `flyctl deploy`: the token comes from the workflow env.
  CHECK(deploys[0].settings == json{{"config", "fly.toml"}});
  CHECK(deploys[0].where.to_string() == "fly-deploys.yml:14:9");
  CHECK(deploys[0].discovery["run"] == "flyctl deploy --remote-only");
  CHECK(deploys[0].discovery["setup"] == "superfly/flyctl-actions/setup-flyctl@master");
  CHECK(deploys[0].discovery["flags"] == json{"--remote-only"});
  CHECK(deploys[0].discovery["secrets"] == json{"FLY_API_TOKEN"});

  // Multi-line run block, job default working-directory, `cd`, short flags, expressions.
  CHECK(deploys[1].settings == json{{"config", "apps/web/fly.production.toml"},
                                    {"app", "raxol-prod"},
                                    {"strategy", "bluegreen"},
                                    {"image", "registry.fly.io/raxol:${{ github.sha }}"}});
  CHECK(deploys[1].discovery["step_name"] == "Deploy production");
  CHECK(deploys[1].discovery["working_directory"] == "apps");

  // Step working-directory; the access token is a secret, never a flag or setting.
  CHECK(deploys[2].settings == json{{"config", "services/api/fly.toml"}});
  CHECK(deploys[2].discovery["flags"] == json{"--ha=false"});
  CHECK(deploys[2].discovery.dump().find("secrets.") == std::string::npos);
  CHECK(deploys[2].discovery["run"] ==
        "flyctl deploy --config fly.toml --access-token [secret] --ha=false");
  CHECK(deploys[2].discovery["secrets"] == json{"FLY_API_TOKEN"});

  // Positional working directory, --flag=value, a full path to flyctl, env assignments.
  CHECK(deploys[3].settings ==
        json{{"config", "worker/fly.toml"}, {"app", "raxol-worker"}, {"strategy", "rolling"}});

  // superfly/flyctl-actions with `args:`.
  CHECK(deploys[4].settings == json{{"config", "fly.toml"}, {"app", "${{ env.APP_NAME }}"}});
  CHECK(deploys[4].discovery["uses"] == "superfly/flyctl-actions@1.5");
  CHECK(deploys[4].discovery["command"] == "deploy --remote-only --app ${{ env.APP_NAME }}");
}

TEST_CASE("workflow deploy steps: Cloudflare Pages forms", "[config][workflows][deploy_steps]") {
  auto deploys = deploys_in("cloudflare-deploys.yml");
  REQUIRE(deploys.size() == 5);
  for (const auto& deploy : deploys) CHECK(deploy.kind == "cloudflare-pages");

  // pages-action: directory relative to workingDirectory; a secret accountId is not a setting.
  CHECK(deploys[0].settings == json{{"directory", "web/priv/static"},
                                    {"project", "raxol-playground"},
                                    {"branch", "main"}});
  CHECK(deploys[0].discovery["secrets"] == json{"CLOUDFLARE_ACCOUNT_ID", "CLOUDFLARE_API_TOKEN"});
  CHECK(deploys[0].discovery["environment"] == "production");
  CHECK_FALSE(deploys[0].discovery["inputs"].contains("apiToken"));
  CHECK(deploys[0].discovery["inputs"]["projectName"] == "raxol-playground");

  // wrangler-action: only the `pages deploy` line of `command:` deploys.
  CHECK(deploys[1].settings == json{{"directory", "site/dist"},
                                    {"project", "docs-site"},
                                    {"branch", "${{ github.head_ref }}"},
                                    {"account_id", "0123456789abcdef"}});
  CHECK(deploys[1].discovery["command"] ==
        "pages deploy dist --project-name=docs-site --branch=${{ github.head_ref }}");

  // npx wrangler run line, quoted values, other flags kept as written.
  CHECK(deploys[2].settings == json{{"directory", "public"}, {"project", "blog"}});
  CHECK(deploys[2].discovery["flags"] == json{"--commit-dirty=true"});

  // Legacy `pages publish` through pnpm dlx, and a deploy without a directory.
  CHECK(deploys[3].settings == json{{"directory", "out"}, {"project", "legacy"}});
  CHECK(deploys[4].settings == json{{"project", "no-dir"}});
  CHECK(deploys[3].where.to_string() == deploys[4].where.to_string());
}

TEST_CASE("workflow deploy steps: GitHub Pages forms", "[config][workflows][deploy_steps]") {
  auto deploys = deploys_in("gh-pages-deploys.yml");
  REQUIRE(deploys.size() == 3);
  for (const auto& deploy : deploys) CHECK(deploy.kind == "github-pages");

  CHECK(deploys[0].settings == json{{"directory", "build/site"},
                                    {"destination_dir", "docs"},
                                    {"branch", "pages"},
                                    {"cname", "docs.example.com"},
                                    {"keep_files", true},
                                    {"repository", "example/example.github.io"},
                                    {"nojekyll", false}});
  CHECK(deploys[0].discovery["job_if"]["expression"] == "github.event_name == 'push'");
  CHECK(deploys[0].discovery["step_if"]["expression"] == "${{ github.ref == 'refs/heads/main' }}");
  CHECK(deploys[0].discovery["secrets"] == json{"ACTIONS_DEPLOY_KEY"});

  // peaceiris defaults (publish_dir "public"), SHA pin with a comment.
  CHECK(deploys[1].settings ==
        json{{"directory", "public"}, {"destination_dir", ""}, {"branch", "gh-pages"}});

  // JamesIves inside a parallel group; clean: false keeps files.
  CHECK(deploys[2].settings == json{{"directory", "dist"},
                                    {"destination_dir", "reports"},
                                    {"branch", "site"},
                                    {"keep_files", true},
                                    {"repository", "example/reports"}});
  CHECK(deploys[2].discovery["step_index"] == 1);
  CHECK(deploys[2].discovery["step_parallel_index"] == 2);
}

TEST_CASE("workflow deploy steps: echo, comments, heredocs and setup are not deploys",
          "[config][workflows][deploy_steps]") {
  CHECK(deploys_in("no-deploys.yml").empty());
}

TEST_CASE("workflow deploy steps: Raxol's GitHub Pages step", "[config][workflows][deploy_steps]") {
  const std::string file = ".github/workflows/performance-tracking.yml";
  auto loaded = load_workflow(read_file(reference_path("raxol/" + file)), file);
  REQUIRE(loaded.ok());
  auto deploys = find_deploy_steps(loaded->workflow);
  REQUIRE(deploys.size() == 1);
  CHECK(deploys[0].where.to_string() == file + ":322:9");
  CHECK(deploys[0].settings == json{{"directory", "docs/performance"},
                                    {"destination_dir", "performance"},
                                    {"branch", "gh-pages"}});
  const auto& discovery = deploys[0].discovery;
  CHECK(discovery["workflow"] == file);
  CHECK(discovery["workflow_name"] == "Performance Tracking");
  CHECK(discovery["job"] == "dashboard");
  CHECK(discovery["step_index"] == 4);
  CHECK(discovery["triggers"]["schedule"]["crons"] == json{"0 4 */3 * *"});
  CHECK(discovery["triggers"]["push"]["branches"] == json{"main", "master"});
  CHECK(discovery["triggers"].contains("workflow_dispatch"));
}
