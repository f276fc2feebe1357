// `raxol-deploy docs generate`: docs/commands/*.md and docs/raxol-deploy.1 as checked in match
// what the binary writes, and the command itself is hidden. The renderers are tested in
// docs_gen_markdown_test.cpp and docs_gen_man_test.cpp.
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "support/run_binary.h"

using raxol::test::read_file;
using raxol::test::run_binary;
using raxol::test::source_path;
using raxol::test::TempDir;

namespace {

std::set<std::string> markdown_files(const std::filesystem::path& dir) {
  std::set<std::string> names;
  if (!std::filesystem::is_directory(dir)) return names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".md") names.insert(entry.path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("docs: checked-in docs/commands and man page match the binary", "[docs]") {
  TempDir out;
  auto generated = run_binary({"docs", "generate", "--out", out.path().string()});
  INFO(generated.err);
  REQUIRE(generated.exit_code == 0);

  const std::string fix = ": run scripts/gen-docs.sh and commit the result";
  auto want = markdown_files(out / "commands");
  auto have = markdown_files(source_path("docs/commands"));
  REQUIRE(want.size() > 10);
  for (const auto& name : want) {
    INFO("docs/commands/" + name + " is missing or out of date" + fix);
    REQUIRE(have.count(name) == 1);
    CHECK(read_file(source_path("docs/commands/" + name)) == read_file(out / "commands" / name));
  }
  for (const auto& name : have) {
    INFO("docs/commands/" + name + " documents no command" + fix);
    CHECK(want.count(name) == 1);
  }
  INFO("docs/raxol-deploy.1 is out of date" + fix);
  CHECK(read_file(source_path("docs/raxol-deploy.1")) == read_file(out / "raxol-deploy.1"));
}

TEST_CASE("docs: docs generate is hidden from help and completion is listed", "[docs]") {
  auto help = run_binary({"--help"});
  REQUIRE(help.exit_code == 0);
  CHECK(help.out.find("completion") != std::string::npos);
  CHECK(help.out.find("generate") == std::string::npos);
  CHECK(std::regex_search(help.out, std::regex("\n  docs ")) == false);
}

TEST_CASE("docs: --out names where the files go", "[docs]") {
  TempDir out;
  auto generated = run_binary({"docs", "generate", "--out", (out / "nested").string()});
  INFO(generated.err);
  REQUIRE(generated.exit_code == 0);
  CHECK(std::filesystem::is_regular_file(out / "nested" / "raxol-deploy.1"));
  CHECK(std::filesystem::is_regular_file(out / "nested" / "commands" / "README.md"));
  CHECK(generated.err.find("files under " + (out / "nested").string()) != std::string::npos);
  auto missing = run_binary({"docs", "generate", "--out"});
  CHECK(missing.exit_code == 2);
}
