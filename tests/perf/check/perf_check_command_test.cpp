// perf check through the real binary, on a history folder written with perf::write_run.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "perf/check/series.h"  // tests/perf/check/series.h
#include "perf/history.h"
#include "support/run_binary.h"

using raxol::test::run_binary;
using raxol::test::TempDir;

namespace {

std::vector<std::string> benchmark_names(int count) {
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) names.push_back("suite/bench_" + std::to_string(10 + i));
  return names;
}

// 15 runs on main, then a run `step` times slower, for `benchmarks` benchmarks.
void write_history(const std::filesystem::path& root, double step, int baseline_runs = 15,
                   int benchmarks = 2) {
  std::mt19937 random(21);
  const auto names = benchmark_names(benchmarks);
  for (int i = 0; i < baseline_runs; ++i)
    REQUIRE(raxol::perf::write_run(root, raxol::perf::test::series_run(
                                             i, 1.0, random, 0.005, "refs/heads/main", names))
                .ok());
  REQUIRE(raxol::perf::write_run(root, raxol::perf::test::series_run(
                                           baseline_runs, step, random, 0.005,
                                           "refs/pull/3/merge", names))
              .ok());
}

const std::map<std::string, std::string> kNotActions = {{"GITHUB_ACTIONS", "false"}};

int count_lines_starting(const std::string& text, const std::string& prefix) {
  int count = 0;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (text.compare(at, prefix.size(), prefix) == 0) ++count;
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return count;
}

}  // namespace

TEST_CASE("perf check command: a regression exits 8 and shows the table", "[perf]") {
  TempDir dir;
  write_history(dir.path() / "hist", 1.10);
  auto result = run_binary({"perf", "check", "--history", "hist"}, kNotActions, dir.path());
  CHECK(result.exit_code == 8);
  CHECK(result.out.find("CHANGE %") != std::string::npos);
  CHECK(result.out.find("suite/bench_10") != std::string::npos);
  CHECK(result.out.find("regression") != std::string::npos);
  CHECK(result.err.find("2 performance regression(s)") != std::string::npos);
}

TEST_CASE("perf check command: --json holds every verdict and the rule", "[perf]") {
  TempDir dir;
  write_history(dir.path() / "hist", 1.0, 15, 3);
  auto result = run_binary({"perf", "check", "--json", "--history", "hist"}, kNotActions,
                           dir.path());
  CHECK(result.exit_code == 0);
  auto json = nlohmann::json::parse(result.out);
  REQUIRE(json["verdicts"].size() == 3);
  for (const auto& verdict : json["verdicts"]) {
    CHECK(verdict["verdict"] == "unchanged");
    CHECK(verdict["baseline_runs"].size() == 15);
    CHECK(verdict["rule"]["tolerance"] == 0.05);
    CHECK(verdict["rule"]["window"] == 15);
    CHECK(verdict["band"].is_number());
    CHECK(verdict["current"].is_number());
  }
  CHECK(json["baseline"] == "default-branch");
}

TEST_CASE("perf check command: --fail-on never reports and exits 0", "[perf]") {
  TempDir dir;
  write_history(dir.path() / "hist", 1.10);
  auto result = run_binary({"perf", "check", "--history", "hist", "--fail-on", "never",
                            "--markdown"},
                           kNotActions, dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("### raxol-deploy perf check") != std::string::npos);
  CHECK(result.out.find("| `suite/bench_10` |") != std::string::npos);
}

TEST_CASE("perf check command: 3 baseline runs warn and exit 0", "[perf]") {
  TempDir dir;
  write_history(dir.path() / "hist", 1.30, 3);
  auto result = run_binary({"perf", "check", "--history", "hist"}, kNotActions, dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("regression (provisional)") != std::string::npos);
  CHECK(result.err.find("do not fail yet") != std::string::npos);
}

TEST_CASE("perf check command: annotations are capped at 10 and the summary is appended",
          "[perf]") {
  TempDir dir;
  write_history(dir.path() / "hist", 1.10, 15, 14);
  const auto summary = dir.path() / "summary.md";
  auto result = run_binary({"perf", "check", "--history", "hist"},
                           {{"GITHUB_ACTIONS", "true"}, {"GITHUB_STEP_SUMMARY", summary.string()}},
                           dir.path());
  CHECK(result.exit_code == 8);
  // 10 worst, then one summary line (the error of the command itself is one more ::error).
  const int annotations = count_lines_starting(result.out, "::error::performance regression");
  CHECK(annotations == 10);
  CHECK(count_lines_starting(result.out, "::error::perf check: 14 failing") == 1);
  CHECK(result.out.find("4 not annotated") != std::string::npos);
  CHECK(raxol::test::read_file(summary).find("### raxol-deploy perf check") != std::string::npos);
}

TEST_CASE("perf check command: [perf] in raxol-deploy.toml sets the tolerance", "[perf]") {
  TempDir dir;
  write_history(dir.path() / "hist", 1.10);
  raxol::test::write_file(dir.path() / "raxol-deploy.toml",
                          "[perf]\ntolerance = \"15%\"\n");
  auto result = run_binary({"perf", "check", "--history", "hist"}, kNotActions, dir.path());
  CHECK(result.exit_code == 0);
  auto flag = run_binary({"perf", "check", "--history", "hist", "--tolerance", "2%"},
                         kNotActions, dir.path());
  CHECK(flag.exit_code == 8);
}

TEST_CASE("perf check command: an empty history is not found", "[perf]") {
  TempDir dir;
  auto result = run_binary({"perf", "check", "--history", "none"}, kNotActions, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("no runs in none") != std::string::npos);
}
