// The project's targets checked against the registry: kinds, every kind's settings (types,
// choices, required keys, defaults) and the warnings for unknown keys, with FILE:LINE:COL.
#include "core/project.h"

#include <catch2/catch.hpp>

#include "config/project_file.h"
#include "support/run_binary.h"

using nlohmann::json;
using raxol::test::read_file;
using raxol::test::source_path;

namespace {

struct Checked {
  std::vector<raxol::TargetSpec> targets;
  std::vector<std::string> warnings;
};

// What load_project does with a project file: parse it, then check every target.
raxol::Result<Checked> checked_project(const std::string& text) {
  RAXOL_ASSIGN_OR_RETURN(auto parsed, raxol::parse_project_file(text, "raxol-deploy.toml"));
  Checked checked;
  for (const auto& diagnostic : parsed.diagnostics)
    checked.warnings.push_back(raxol::diagnostic_line(diagnostic));
  for (auto& spec : parsed.targets) RAXOL_TRY(raxol::check_target_spec(spec, checked.warnings));
  checked.targets = std::move(parsed.targets);
  return checked;
}

std::string error_of(const std::string& text) {
  auto checked = checked_project(text);
  REQUIRE_FALSE(checked.ok());
  CHECK(checked.error().kind == raxol::ErrorKind::config);
  return checked.error().message;
}

}  // namespace

TEST_CASE("project: the Raxol example's three tiers - defaults filled in", "[core][project]") {
  auto parsed = checked_project(read_file(source_path("examples/raxol/raxol-deploy.toml")));
  REQUIRE(parsed.ok());
  const auto& project = parsed.value();
  CHECK(project.warnings.empty());
  REQUIRE(project.targets.size() == 3);
  const auto& fly = project.targets[0];
  CHECK(fly.kind == "fly");
  CHECK(fly.origin == "project");
  CHECK(fly.source.to_string() == "raxol-deploy.toml:5:1");
  CHECK(fly.settings == json{{"config", "fly.toml"}, {"org", "personal"}});
  const auto& pages = project.targets[1];
  CHECK(pages.kind == "cloudflare-pages");
  CHECK(pages.optional);
  CHECK(pages.needs == std::vector<std::string>{"fly"});
  CHECK(pages.settings == json{{"project", "raxol-playground"},
                               {"directory", "web/priv/static"},
                               {"production_branch", "main"}});
  const auto& gh = project.targets[2];
  CHECK(gh.kind == "github-pages");
  CHECK_FALSE(gh.optional);
  CHECK(gh.settings == json{{"repository", "raxol/raxol"},
                            {"directory", ".raxol/dashboard"},
                            {"destination_dir", "performance"},
                            {"branch", "gh-pages"},
                            {"keep_files", false},
                            {"nojekyll", true}});
}

TEST_CASE("project: defaults fill keys the file leaves out", "[core][project]") {
  auto parsed = checked_project(
      "[targets.app]\nkind = \"fly\"\n[targets.docs]\nkind = \"github-pages\"\n"
      "directory = \"site\"\nexclude = [\"*.map\"]\n");
  REQUIRE(parsed.ok());
  CHECK(parsed->targets[0].settings == json{{"config", "fly.toml"}, {"org", "personal"}});
  CHECK(parsed->targets[1].settings == json{{"directory", "site"},
                                            {"destination_dir", ""},
                                            {"branch", "gh-pages"},
                                            {"keep_files", false},
                                            {"nojekyll", true},
                                            {"exclude", {"*.map"}}});
}

TEST_CASE("project: unknown keys are warnings at the key", "[core][project]") {
  auto parsed =
      checked_project(read_file(source_path("tests/fixtures/projects/unknown-key/raxol-deploy.toml")));
  REQUIRE(parsed.ok());
  REQUIRE(parsed->warnings.size() == 2);
  CHECK(parsed->warnings[0] == "raxol-deploy.toml:1:1: version: unknown key, ignored");
  CHECK(parsed->warnings[1] ==
        "raxol-deploy.toml:5:1: targets.web.regions: unknown key for fly, ignored");
}

TEST_CASE("project: wrong setting types - FILE:LINE:COL for every kind", "[core][project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-type/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:4:13: targets.pages.directory: expected a string, found an integer");
  CHECK(
      error_of("[targets.d]\nkind = \"github-pages\"\ndirectory = \"x\"\nkeep_files = \"yes\"\n") ==
      "raxol-deploy.toml:4:14: targets.d.keep_files: expected a boolean, found a string");
  CHECK(
      error_of("[targets.d]\nkind = \"github-pages\"\ndirectory = \"x\"\nexclude = [\"a\", 2]\n") ==
      "raxol-deploy.toml:4:17: targets.d.exclude[1]: expected a string, found an integer");
  CHECK(error_of("[targets.p]\nkind = \"cloudflare-pages\"\nproject = \"\"\ndirectory = \"d\"\n") ==
        "raxol-deploy.toml:3:11: targets.p.project: expected a non-empty string, found an empty "
        "string");
  CHECK(error_of("[targets.f]\nkind = \"fly\"\nstrategy = \"fast\"\n") ==
        "raxol-deploy.toml:3:12: targets.f.strategy: expected one of rolling, immediate, canary, "
        "bluegreen, found \"fast\"");
}

TEST_CASE("project: unknown or missing kind", "[core][project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-kind/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:2:8: targets.app.kind: expected one of fly, cloudflare-pages, "
        "github-pages, found \"heroku\"");
  CHECK(error_of("[targets.x]\nconfig = \"fly.toml\"\n") ==
        "raxol-deploy.toml:1:1: targets.x.kind: missing required key (one of fly, "
        "cloudflare-pages, github-pages)");
}

TEST_CASE("project: missing required key", "[core][project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-missing/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:1:1: targets.pages.project: missing required key (Cloudflare Pages "
        "project name)");
}

