// raxol-deploy.toml: parsing, defaults, deploy order, and every error with its exact text.
#include "config/project_file.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"

using nlohmann::json;
using raxol::parse_project_file;
using raxol::test::read_file;
using raxol::test::source_path;

namespace {

std::string error_of(const std::string& text) {
  auto parsed = parse_project_file(text, "raxol-deploy.toml");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().kind == raxol::ErrorKind::config);
  return parsed.error().message;
}

std::vector<std::string> names(const raxol::ProjectFile& project) {
  std::vector<std::string> result;
  for (const auto& target : project.targets) result.push_back(target.name);
  return result;
}

}  // namespace

TEST_CASE("project file: the Raxol example's three tiers", "[project]") {
  auto parsed = parse_project_file(read_file(source_path("examples/raxol/raxol-deploy.toml")),
                                   "raxol-deploy.toml");
  REQUIRE(parsed.ok());
  const auto& project = parsed.value();
  CHECK(project.diagnostics.empty());
  CHECK(project.order == std::vector<std::string>{"fly", "pages", "gh-pages"});
  REQUIRE(names(project) == std::vector<std::string>{"fly", "pages", "gh-pages"});
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
                            {"directory", "docs/performance"},
                            {"destination_dir", "performance"},
                            {"branch", "gh-pages"},
                            {"keep_files", false},
                            {"nojekyll", true}});
}

TEST_CASE("project file: defaults fill keys the file leaves out", "[project]") {
  auto parsed = parse_project_file(
      "[targets.app]\nkind = \"fly\"\n[targets.docs]\nkind = \"github-pages\"\n"
      "directory = \"site\"\nexclude = [\"*.map\"]\n",
      "p.toml");
  REQUIRE(parsed.ok());
  CHECK(parsed->targets[0].settings == json{{"config", "fly.toml"}, {"org", "personal"}});
  CHECK(parsed->targets[1].settings == json{{"directory", "site"},
                                            {"destination_dir", ""},
                                            {"branch", "gh-pages"},
                                            {"keep_files", false},
                                            {"nojekyll", true},
                                            {"exclude", {"*.map"}}});
}

TEST_CASE("project file: needs first, then `order`, then file order", "[project]") {
  auto parsed = parse_project_file(read_file(source_path("tests/fixtures/projects/order/"
                                                         "raxol-deploy.toml")),
                                   "raxol-deploy.toml");
  REQUIRE(parsed.ok());
  CHECK(names(parsed.value()) == std::vector<std::string>{"docs", "api", "web", "extra"});
  auto no_order = parse_project_file(
      "[targets.b]\nkind = \"fly\"\nneeds = [\"a\"]\n[targets.a]\nkind = \"fly\"\n"
      "[targets.c]\nkind = \"fly\"\n",
      "p.toml");
  REQUIRE(no_order.ok());
  CHECK(names(no_order.value()) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("project file: unknown keys are warnings at the key", "[project]") {
  auto parsed = parse_project_file(
      read_file(source_path("tests/fixtures/projects/unknown-key/raxol-deploy.toml")),
      "raxol-deploy.toml");
  REQUIRE(parsed.ok());
  REQUIRE(parsed->diagnostics.size() == 2);
  CHECK(parsed->diagnostics[0].to_string() ==
        "raxol-deploy.toml:1:1: warning: version: unknown key, ignored");
  CHECK(parsed->diagnostics[1].to_string() ==
        "raxol-deploy.toml:5:1: warning: targets.web.regions: unknown key for fly, ignored");
}

TEST_CASE("project file: wrong types", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-type/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:4:13: targets.pages.directory: expected a string, found an integer");
  CHECK(
      error_of("[targets.d]\nkind = \"github-pages\"\ndirectory = \"x\"\nkeep_files = \"yes\"\n") ==
      "raxol-deploy.toml:4:14: targets.d.keep_files: expected a boolean, found a string");
  CHECK(
      error_of("[targets.d]\nkind = \"github-pages\"\ndirectory = \"x\"\nexclude = [\"a\", 2]\n") ==
      "raxol-deploy.toml:4:17: targets.d.exclude[1]: expected a string, found an integer");
  CHECK(error_of("[targets.f]\nkind = \"fly\"\noptional = 1\n") ==
        "raxol-deploy.toml:3:12: targets.f.optional: expected a boolean, found an integer");
  CHECK(error_of("[targets.f]\nkind = \"fly\"\nneeds = \"a\"\n") ==
        "raxol-deploy.toml:3:9: targets.f.needs: expected an array of strings, found a string");
  CHECK(error_of("targets = 3\n") ==
        "raxol-deploy.toml:1:11: targets: expected a table of targets, found an integer");
  CHECK(error_of("[targets]\nfly = 1\n") ==
        "raxol-deploy.toml:2:7: targets.fly: expected a table, found an integer");
  CHECK(error_of("[targets.p]\nkind = \"cloudflare-pages\"\nproject = \"\"\ndirectory = \"d\"\n") ==
        "raxol-deploy.toml:3:11: targets.p.project: expected a non-empty string, found an empty "
        "string");
  CHECK(error_of("[targets.f]\nkind = \"fly\"\nstrategy = \"fast\"\n") ==
        "raxol-deploy.toml:3:12: targets.f.strategy: expected one of rolling, immediate, canary, "
        "bluegreen, found \"fast\"");
}

TEST_CASE("project file: unknown or missing kind", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-kind/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:2:8: targets.app.kind: expected one of fly, cloudflare-pages, "
        "github-pages, found \"heroku\"");
  CHECK(error_of("[targets.x]\nconfig = \"fly.toml\"\n") ==
        "raxol-deploy.toml:1:1: targets.x.kind: missing required key (one of fly, "
        "cloudflare-pages, github-pages)");
}

TEST_CASE("project file: missing required key", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-missing/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:1:1: targets.pages.project: missing required key (Cloudflare Pages "
        "project name)");
}

TEST_CASE("project file: needs must name existing targets", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-needs/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:7:17: targets.docs.needs: unknown target \"flyy\" (defined: fly, docs)");
}

TEST_CASE("project file: a needs cycle is reported with its path", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-cycle/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:3:9: targets.a.needs: dependency cycle: a -> c -> b -> a");
  CHECK(error_of("[targets.self]\nkind = \"fly\"\nneeds = [\"self\"]\n") ==
        "raxol-deploy.toml:3:9: targets.self.needs: dependency cycle: self -> self");
}

TEST_CASE("project file: order must list existing targets once", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-order/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:1:17: order: unknown target \"pages\" (defined: fly)");
  CHECK(error_of("order = [\"f\", \"f\"]\n[targets.f]\nkind = \"fly\"\n") ==
        "raxol-deploy.toml:1:15: order: \"f\" is listed twice");
}

TEST_CASE("project file: malformed TOML says where", "[project]") {
  CHECK(error_of(read_file(source_path("tests/fixtures/projects/bad-toml/raxol-deploy.toml"))) ==
        "raxol-deploy.toml:3:15: malformed TOML: Error while parsing array: encountered "
        "end-of-file");
}

TEST_CASE("project file: target names are command-line words", "[project]") {
  CHECK(error_of("[targets.\"my site\"]\nkind = \"fly\"\n") ==
        "raxol-deploy.toml:1:1: targets.my site: expected a target name of letters, digits, "
        "'-' and '_', found \"my site\"");
}

TEST_CASE("project file: an empty file has no targets", "[project]") {
  auto parsed = parse_project_file("# nothing yet\n", "raxol-deploy.toml");
  REQUIRE(parsed.ok());
  CHECK(parsed->targets.empty());
}
