// raxol-deploy.toml: parsing, deploy order, and every error of the file's own keys with its exact
// text (kinds and settings are checked by the registry: tests/core/project_test.cpp).
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

TEST_CASE("project file: wrong types of the keys it owns", "[project]") {
  CHECK(error_of("[targets.f]\nkind = \"fly\"\noptional = 1\n") ==
        "raxol-deploy.toml:3:12: targets.f.optional: expected a boolean, found an integer");
  CHECK(error_of("[targets.f]\nkind = \"fly\"\nneeds = \"a\"\n") ==
        "raxol-deploy.toml:3:9: targets.f.needs: expected an array of strings, found a string");
  CHECK(error_of("targets = 3\n") ==
        "raxol-deploy.toml:1:11: targets: expected a table of targets, found an integer");
  CHECK(error_of("[targets]\nfly = 1\n") ==
        "raxol-deploy.toml:2:7: targets.fly: expected a table, found an integer");
  CHECK(error_of("[targets.f]\nkind = 3\n") ==
        "raxol-deploy.toml:2:8: targets.f.kind: expected a string, found an integer");
}

TEST_CASE("project file: kinds and settings stay as written, with where they were written",
          "[project]") {
  auto parsed = parse_project_file(
      "[targets.docs]\nkind = \"github-pages\"\ndirectory = 3\nexclude = [\"a\", 2]\n",
      "p.toml");
  REQUIRE(parsed.ok());
  const auto& docs = parsed->targets[0];
  CHECK(docs.kind == "github-pages");
  CHECK(docs.settings == json{{"directory", 3}, {"exclude", {"a", 2}}});
  CHECK(docs.setting_sources.at("kind").value.to_string() == "p.toml:2:8");
  CHECK(docs.setting_sources.at("directory").key.to_string() == "p.toml:3:1");
  CHECK(docs.setting_sources.at("directory").value.to_string() == "p.toml:3:13");
  CHECK(docs.setting_sources.at("exclude[1]").value.to_string() == "p.toml:4:17");
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
