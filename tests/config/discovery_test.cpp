// Which targets a directory has: fly.toml, workflow deploy steps, merging and naming.
#include "config/discovery.h"
#include "targets/registry.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using nlohmann::json;
using raxol::discover_targets;
using raxol::ProjectTargets;
using raxol::test::reference_path;
using raxol::test::source_path;

namespace {
// The registry's short names, as src/core/project.cpp hands them to discovery.
std::string short_name(const std::string& kind) { return raxol::find_target_kind(kind)->short_name; }
}  // namespace

namespace {

ProjectTargets discover(const std::filesystem::path& dir) {
  auto files = raxol::make_local_filesystem();
  auto found = discover_targets(*files, dir, short_name);
  REQUIRE(found.ok());
  return found.value();
}

const raxol::TargetSpec& named(const ProjectTargets& found, const std::string& name) {
  for (const auto& target : found.targets)
    if (target.name == name) return target;
  FAIL("no target named " << name);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("discovery: Raxol's repository has a Fly app and a GitHub Pages dashboard",
          "[discover]") {
  auto found = discover(reference_path("raxol"));
  CHECK(found.warnings.empty());
  CHECK(found.project_file.empty());
  REQUIRE(found.targets.size() == 2);
  const auto& fly = named(found, "fly");
  CHECK(fly.kind == "fly");
  CHECK(fly.origin == "fly.toml");
  CHECK(fly.source.to_string() == "fly.toml:1:1");
  CHECK(fly.settings == json{{"config", "fly.toml"}, {"app", "raxol"}});

  const auto& pages = named(found, "gh-pages");
  CHECK(pages.kind == "github-pages");
  CHECK(pages.origin == "workflow");
  CHECK(pages.source.to_string() == ".github/workflows/performance-tracking.yml:322:9");
  CHECK(pages.settings["directory"] == "docs/performance");
  CHECK(pages.settings["destination_dir"] == "performance");
  CHECK(pages.discovery["step_if"]["expression"] == "github.ref == 'refs/heads/main'");
  CHECK(pages.discovery["step_if"]["source"] == ".github/workflows/performance-tracking.yml:323:9");
  CHECK(pages.discovery["job_if"]["source"] == ".github/workflows/performance-tracking.yml:250:5");
  CHECK(pages.discovery["secrets"] == json{"GITHUB_TOKEN"});
}

TEST_CASE("discovery: Raxol's history has the Cloudflare Pages deploy", "[discover]") {
  auto found = discover(reference_path("raxol/history"));
  REQUIRE(found.targets.size() == 1);
  const auto& pages = found.targets[0];
  CHECK(pages.name == "pages");
  CHECK(pages.kind == "cloudflare-pages");
  CHECK(pages.source.to_string() == ".github/workflows/deploy-web.yml:65:9");
  CHECK(pages.settings == json{{"project", "raxol-playground"}, {"directory", "web/priv/static"}});
  CHECK(pages.discovery["environment"] == "production");
  CHECK(pages.discovery["triggers"]["push"]["branches"] == json{"master"});
  CHECK(pages.discovery["secrets"] ==
        json{"CLOUDFLARE_ACCOUNT_ID", "CLOUDFLARE_API_TOKEN", "GITHUB_TOKEN"});
}

TEST_CASE("discovery: the example folds its flyctl step into fly.toml's target", "[discover]") {
  auto found = discover(source_path("examples/raxol"));
  REQUIRE(found.targets.size() == 3);
  CHECK(found.targets[0].name == "fly");
  CHECK(found.targets[1].name == "pages");
  CHECK(found.targets[2].name == "gh-pages");
  const auto& fly = found.targets[0];
  CHECK(fly.source.to_string() == "fly.toml:1:1");
  CHECK(fly.origin == "fly.toml");
  CHECK(fly.settings == json{{"config", "fly.toml"}, {"app", "raxol-example"}});
  CHECK(fly.discovery["workflow"] == ".github/workflows/deploy.yml");
  CHECK(fly.discovery["run"] == "flyctl deploy --remote-only");
  CHECK(fly.discovery["step_source"] == ".github/workflows/deploy.yml:15:9");
  CHECK(found.targets[1].settings == json{{"directory", "web/priv/static"},
                                          {"project", "raxol-playground"},
                                          {"branch", "main"}});
  CHECK(found.targets[2].discovery["uses"] == "peaceiris/actions-gh-pages@v4");
  // The static and dashboard jobs have `needs: fly`.
  CHECK(fly.needs.empty());
  CHECK(found.targets[1].needs == std::vector<std::string>{"fly"});
  CHECK(found.targets[2].needs == std::vector<std::string>{"fly"});
}

TEST_CASE("discovery: job needs, followed through jobs that deploy nothing, become needs",
          "[discover]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / ".github/workflows/chain.yml", R"(on: push
jobs:
  docs:
    needs: test
    steps:
      - uses: peaceiris/actions-gh-pages@v4
  test:
    needs: [app]
    steps:
      - run: make test
  app:
    steps:
      - run: fly deploy --config fly.staging.toml
)");
  raxol::test::write_file(dir / ".github/workflows/other.yml", R"(on: push
jobs:
  app:
    steps:
      - run: npx wrangler pages deploy out --project-name x
)");
  auto found = discover(dir.path());
  REQUIRE(found.targets.size() == 3);
  CHECK(found.targets[0].name == "gh-pages");
  CHECK(found.targets[0].needs == std::vector<std::string>{"fly"});
  CHECK(found.targets[1].name == "fly");
  CHECK(found.targets[1].needs.empty());
  CHECK(found.targets[2].needs.empty());  // another workflow's `app` job is not this one's
}

TEST_CASE("discovery: clashing names get -2, -3 by file then line - broken YAML is skipped",
          "[discover]") {
  auto found = discover(source_path("tests/fixtures/projects/clash"));
  std::vector<std::string> names;
  std::vector<std::string> sources;
  for (const auto& target : found.targets) {
    names.push_back(target.name);
    sources.push_back(target.source.to_string());
  }
  CHECK(names == std::vector<std::string>{"fly", "pages", "pages-2", "pages-3", "fly-2"});
  CHECK(sources == std::vector<std::string>{"fly.toml:1:1", ".github/workflows/a-site.yml:9:9",
                                            ".github/workflows/a-site.yml:10:9",
                                            ".github/workflows/b-docs.yaml:7:9",
                                            ".github/workflows/b-docs.yaml:14:9"});
  // `--app other-app` is another app; the plain `flyctl deploy` is fly.toml's.
  CHECK(found.targets[4].settings["app"] == "other-app");
  CHECK(found.targets[0].discovery["step_source"] == ".github/workflows/b-docs.yaml:15:9");
  REQUIRE(found.warnings.size() == 1);
  CHECK(found.warnings[0] ==
        ".github/workflows/broken.yml:5:1: malformed YAML: end of sequence flow not found; "
        "workflow skipped");
}

TEST_CASE("discovery: a second step deploying fly.toml is recorded as `also`", "[discover]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "fly.toml", "app = \"a\"\n");
  raxol::test::write_file(dir / ".github/workflows/d.yml",
                          "on: push\njobs:\n  x:\n    steps:\n      - run: fly deploy\n"
                          "      - run: fly deploy --app a --strategy canary\n");
  auto found = discover(dir.path());
  REQUIRE(found.targets.size() == 1);
  CHECK(found.targets[0].settings ==
        json{{"config", "fly.toml"}, {"app", "a"}, {"strategy", "canary"}});
  CHECK(found.targets[0].discovery["also"][0]["step_source"] == ".github/workflows/d.yml:6:9");
}

TEST_CASE("discovery: a malformed fly.toml still gives its target, with a warning", "[discover]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "fly.toml", "app = \n");
  auto found = discover(dir.path());
  REQUIRE(found.targets.size() == 1);
  CHECK(found.targets[0].settings == json{{"config", "fly.toml"}});
  REQUIRE(found.warnings.size() == 1);
  CHECK(found.warnings[0].rfind("fly.toml:1:", 0) == 0);
}

TEST_CASE("discovery: an empty directory has no targets - a missing one is an error",
          "[discover]") {
  raxol::test::TempDir dir;
  CHECK(discover(dir.path()).targets.empty());
  auto files = raxol::make_local_filesystem();
  auto missing = discover_targets(*files, dir / "nope", short_name);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == raxol::ErrorKind::not_found);
}

TEST_CASE("discovery: assign_discovered_names", "[discover]") {
  std::vector<raxol::TargetSpec> targets(4);
  targets[0].kind = "github-pages";
  targets[1].kind = "github-pages";
  targets[2].kind = "cloudflare-pages";
  targets[3].kind = "github-pages";
  raxol::assign_discovered_names(targets, short_name);
  CHECK(targets[0].name == "gh-pages");
  CHECK(targets[1].name == "gh-pages-2");
  CHECK(targets[2].name == "pages");
  CHECK(targets[3].name == "gh-pages-3");
}
