// `raxol-deploy targets` as users run it: the real binary, its streams and exit codes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using nlohmann::json;
using raxol::test::reference_path;
using raxol::test::run_binary;
using raxol::test::source_path;

namespace {

json targets_json(const raxol::test::BinaryResult& result) {
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out)["targets"];
}

json by_name(const json& targets, const std::string& name) {
  for (const auto& target : targets)
    if (target["name"] == name) return target;
  FAIL("no target named " << name);
  return {};
}

}  // namespace

TEST_CASE("targets command: --discover on Raxol's repository", "[targets]") {
  auto targets = targets_json(
      run_binary({"targets", "--discover", reference_path("raxol").string(), "--json"}));
  REQUIRE(targets.size() == 2);
  const auto fly = by_name(targets, "fly");
  CHECK(fly["kind"] == "fly");
  CHECK(fly["source"] == "fly.toml:1:1");
  CHECK(fly["origin"] == "fly.toml");
  CHECK(fly["settings"]["app"] == "raxol");
  const auto pages = by_name(targets, "gh-pages");
  CHECK(pages["kind"] == "github-pages");
  CHECK(pages["source"] == ".github/workflows/performance-tracking.yml:322:9");
  CHECK(pages["origin"] == "workflow");
  CHECK(pages["settings"]["directory"] == "docs/performance");
  CHECK(pages["settings"]["destination_dir"] == "performance");
  CHECK(pages["needs"] == json::array());
  CHECK(pages["optional"] == false);
  CHECK(pages["discovery"]["step_if"]["expression"] == "github.ref == 'refs/heads/main'");
  CHECK(pages["discovery"]["job_if"]["expression"].get<std::string>().find(
            "github.ref == 'refs/heads/main'") != std::string::npos);
  CHECK(pages["discovery"]["job"] == "dashboard");
}

TEST_CASE("targets command: --discover on Raxol's history finds Cloudflare Pages", "[targets]") {
  auto targets = targets_json(
      run_binary({"--json", "targets", "--discover", reference_path("raxol/history").string()}));
  REQUIRE(targets.size() == 1);
  CHECK(targets[0]["name"] == "pages");
  CHECK(targets[0]["kind"] == "cloudflare-pages");
  CHECK(targets[0]["settings"]["project"] == "raxol-playground");
  CHECK(targets[0]["settings"]["directory"] == "web/priv/static");
  CHECK(targets[0]["discovery"]["workflow"] == ".github/workflows/deploy-web.yml");
}

TEST_CASE("targets command: the example project's file, with needs and optional", "[targets]") {
  const auto example = source_path("examples/raxol");
  auto result = run_binary({"targets", "--json"}, {}, example);
  auto targets = targets_json(result);
  REQUIRE(targets.size() == 3);
  CHECK(targets[0]["name"] == "fly");
  CHECK(targets[1]["name"] == "pages");
  CHECK(targets[2]["name"] == "gh-pages");
  CHECK(targets[1]["kind"] == "cloudflare-pages");
  CHECK(targets[1]["origin"] == "project");
  CHECK(targets[1]["optional"] == true);
  CHECK(targets[1]["needs"] == json{"fly"});
  CHECK(targets[2]["needs"] == json{"fly"});
  CHECK(targets[2]["source"] == "raxol-deploy.toml:19:1");

  auto human = run_binary({"-C", example.string(), "targets"});
  REQUIRE(human.exit_code == 0);
  CHECK(human.out.rfind("NAME", 0) == 0);
  CHECK(human.out.find("pages     cloudflare-pages  raxol-deploy.toml:9:1   fly") !=
        std::string::npos);
  CHECK(human.out.find("optional: a failure warns") != std::string::npos);
  CHECK(human.out.find("project=raxol-playground") != std::string::npos);
  CHECK(human.err.find("Targets from raxol-deploy.toml") != std::string::npos);
}

TEST_CASE("targets command: --discover ignores the project file", "[targets]") {
  const auto example = source_path("examples/raxol").string();
  auto targets = targets_json(run_binary({"targets", "--discover", example, "--json"}));
  REQUIRE(targets.size() == 3);
  CHECK(targets[0]["name"] == "fly");
  CHECK(targets[0]["source"] == "fly.toml:1:1");
  CHECK(targets[0]["discovery"]["workflow"] == ".github/workflows/deploy.yml");
  CHECK(targets[1]["name"] == "pages");
  CHECK(targets[1]["discovery"]["run"].get<std::string>().find("npx wrangler pages deploy") == 0);
  CHECK(targets[2]["name"] == "gh-pages");
  CHECK(targets[2]["discovery"]["job_if"]["expression"] == "github.ref == 'refs/heads/main'");

  auto human = run_binary({"targets", "--discover", example});
  REQUIRE(human.exit_code == 0);
  CHECK(human.out.find("job if: github.ref == 'refs/heads/main'") != std::string::npos);
  CHECK(human.out.find("deployed by .github/workflows/deploy.yml:15:9 (job fly)") !=
        std::string::npos);
}

TEST_CASE("targets command: global flags before and after the command agree", "[targets]") {
  const auto example = source_path("examples/raxol").string();
  auto before = run_binary({"--json", "-C", example, "targets"});
  auto after = run_binary({"targets", "-C", example, "--json"});
  REQUIRE(before.exit_code == 0);
  REQUIRE(after.exit_code == 0);
  CHECK(json::parse(before.out) == json::parse(after.out));
}

TEST_CASE("targets command: --config names another project file", "[targets]") {
  const auto dir = source_path("tests/fixtures/projects/config-flag");
  auto targets =
      targets_json(run_binary({"targets", "--config", "deploy/targets.toml", "--json"}, {}, dir));
  REQUIRE(targets.size() == 1);
  CHECK(targets[0]["source"] == "deploy/targets.toml:2:1");
  CHECK(targets[0]["settings"]["exclude"] == json{"*.map", "drafts/**"});

  auto missing = run_binary({"targets", "--config", "nope.toml"}, {}, dir);
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nope.toml") != std::string::npos);
}

TEST_CASE("targets command: nothing found is an empty list and a hint", "[targets]") {
  raxol::test::TempDir dir;
  auto json_result = run_binary({"targets", "--json"}, {}, dir.path());
  REQUIRE(json_result.exit_code == 0);
  CHECK(json::parse(json_result.out)["targets"] == json::array());
  CHECK(json_result.err.find("no deploy targets found") != std::string::npos);
  auto human = run_binary({"targets"}, {}, dir.path());
  CHECK(human.exit_code == 0);
  CHECK(human.out.empty());
  CHECK(human.err.find("raxol-deploy.toml") != std::string::npos);
}

TEST_CASE("targets command: a broken workflow is a warning, discovery goes on", "[targets]") {
  auto result = run_binary(
      {"targets", "--json", "--discover", source_path("tests/fixtures/projects/clash").string()});
  auto targets = targets_json(result);
  CHECK(targets.size() == 5);
  CHECK(result.err.find("warning: .github/workflows/broken.yml:5:1: malformed YAML") !=
        std::string::npos);
}

TEST_CASE("targets command: --discover of a missing directory is a usage error", "[targets]") {
  auto result = run_binary({"targets", "--discover", "/nonexistent/raxol"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("--discover /nonexistent/raxol: no such directory") != std::string::npos);
}

TEST_CASE("targets command: bad project files fail with exit code 2 and the exact message",
          "[targets]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"bad-type",
       "raxol-deploy.toml:4:13: targets.pages.directory: expected a string, found an integer"},
      {"bad-kind",
       "raxol-deploy.toml:2:8: targets.app.kind: expected one of fly, cloudflare-pages, "
       "github-pages, found \"heroku\""},
      {"bad-missing",
       "raxol-deploy.toml:1:1: targets.pages.project: missing required key (Cloudflare Pages "
       "project name)"},
      {"bad-needs",
       "raxol-deploy.toml:7:17: targets.docs.needs: unknown target \"flyy\" (defined: fly, "
       "docs)"},
      {"bad-cycle", "raxol-deploy.toml:3:9: targets.a.needs: dependency cycle: a -> c -> b -> a"},
      {"bad-toml",
       "raxol-deploy.toml:3:15: malformed TOML: Error while parsing array: encountered "
       "end-of-file"},
      {"bad-order", "raxol-deploy.toml:1:17: order: unknown target \"pages\" (defined: fly)"},
  };
  for (const auto& [fixture, message] : cases) {
    INFO(fixture);
    const auto dir = source_path("tests/fixtures/projects/" + fixture).string();
    auto human = run_binary({"-C", dir, "targets"});
    CHECK(human.exit_code == 2);
    CHECK(human.err == "error: " + message + "\n");
    CHECK(human.out.empty());
    auto json_result = run_binary({"targets", "--json"}, {}, dir);
    CHECK(json_result.exit_code == 2);
    const auto error = json::parse(json_result.out)["error"];
    CHECK(error["kind"] == "config");
    CHECK(error["message"] == message);
  }
}

TEST_CASE("targets command: project-file warnings go to stderr", "[targets]") {
  auto result = run_binary({"targets"}, {}, source_path("tests/fixtures/projects/unknown-key"));
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.find("warning: raxol-deploy.toml:5:1: targets.web.regions: unknown key for "
                        "fly, ignored") != std::string::npos);
}
