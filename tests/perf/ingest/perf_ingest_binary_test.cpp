// `perf ingest` and `perf time` through the real binary, as a CI job runs them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using namespace raxol::test;
namespace fs = std::filesystem;

namespace {
std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> out;
  if (!fs::exists(root)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file()) out.push_back(fs::relative(entry.path(), root));
  return out;
}
}  // namespace

TEST_CASE("perf ingest writes exactly one run file", "[perf][ingest][binary]") {
  TempDir dir;
  const auto fixture = source_path("tests/fixtures/perf/hyperfine.json").string();
  auto result = run_binary({"perf", "ingest", fixture, fixture, "--commit", "0123456789abcdef",
                            "--history", (dir / "h").string(), "--json"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto summary = nlohmann::json::parse(result.out);
  CHECK(summary["format"] == "hyperfine");
  CHECK(summary["benchmarks"] == 2);
  CHECK(summary["measurements"] == 6);
  CHECK_THAT(result.err, Catch::Contains("hyperfine (detected)"));
  const auto files = files_under(dir / "h");
  REQUIRE(files.size() == 1);
  const std::string file = files[0].generic_string();
  CHECK(file.rfind("data/runs/", 0) == 0);
  CHECK(file.find("/0123456789ab-") == 17);  // data/runs/YYYY/MM/
  const auto run = nlohmann::json::parse(read_file(dir / "h" / files[0]));
  CHECK(run["measurements"][0]["values"].size() == 6);  // two files x three runs
}

TEST_CASE("perf ingest of a malformed file exits 2 and writes nothing", "[perf][ingest][binary]") {
  TempDir dir;
  write_file(dir / "bad.json", R"({"results": [{"command": "x", "times": [-1], "user": 0, "system": 0}]})");
  const auto good = source_path("tests/fixtures/perf/hyperfine.json").string();
  auto result = run_binary({"perf", "ingest", good, (dir / "bad.json").string(), "--commit",
                            "0123456789abcdef", "--history", (dir / "h").string()});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("bad.json") && Catch::Contains("results[0].times[0]"));
  CHECK(files_under(dir / "h").empty());
}

TEST_CASE("perf time records wall user sys and max_rss", "[perf][ingest][binary]") {
  TempDir dir;
  auto result = run_binary({"perf", "time", "--name", "sleepy", "--commit", "0123456789abcdef",
                            "--history", (dir / "h").string(), "--json", "--", "sleep", "0.05"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto files = files_under(dir / "h");
  REQUIRE(files.size() == 1);
  const auto run = nlohmann::json::parse(read_file(dir / "h" / files[0]));
  REQUIRE(run["measurements"].size() == 4);
  CHECK(run["measurements"][0]["measure"] == "wall");
  CHECK(run["measurements"][0]["values"][0].get<double>() >= 5e7);
  CHECK(run["measurements"][3]["unit"] == "bytes");
  CHECK(run["measurements"][3]["values"][0].get<double>() > 0);
}

TEST_CASE("perf time of a failing command records nothing", "[perf][ingest][binary]") {
  TempDir dir;
  auto result = run_binary({"perf", "time", "--commit", "0123456789abcdef", "--history",
                            (dir / "h").string(), "--", "sh", "-c", "exit 3"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("exited with code 3"));
  CHECK(files_under(dir / "h").empty());
}
