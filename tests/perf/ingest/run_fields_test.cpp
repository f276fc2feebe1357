// The run's commit, ref, testbed and suite: flags, then the CI's variables, then git.
#include <catch2/catch.hpp>

#include "perf/run_fields.h"

using namespace raxol;
using namespace raxol::perf;

namespace {
// Answers git as a checkout on branch main at commit abc... would.
class FakeGit : public ProcessRunner {
 public:
  std::vector<std::vector<std::string>> calls;
  Result<ProcessResult> run(const ProcessSpec& spec) override {
    calls.push_back(spec.argv);
    ProcessResult result;
    result.exit_code = 0;
    result.out = spec.argv[1] == "rev-parse" ? "abcdef0123456789abcdef\n" : "refs/heads/main\n";
    return result;
  }
};

Measurement one(const std::string& benchmark, std::vector<double> values) {
  Measurement m;
  m.benchmark = benchmark;
  m.measure = "time";
  m.unit = "ns";
  m.values = std::move(values);
  m.lower = 1;
  return m;
}
}  // namespace

TEST_CASE("run fields come from flags then the environment then git", "[perf][ingest]") {
  OverlayEnvironment env(nullptr);
  FakeGit git;
  auto from_git = resolve_run_fields({}, env, git, "hyperfine");
  REQUIRE(from_git.ok());
  CHECK(from_git.value().commit == "abcdef0123456789abcdef");
  CHECK(from_git.value().ref == "refs/heads/main");
  CHECK(from_git.value().suite == "hyperfine");
  CHECK_FALSE(from_git.value().testbed.empty());

  env.set("GITHUB_SHA", "1111111111111111");
  env.set("GITHUB_REF", "refs/pull/7/merge");
  env.set("RUNNER_NAME", "runner-3");
  git.calls.clear();
  auto from_env = resolve_run_fields({"", "", "", "mine"}, env, git, "hyperfine");
  REQUIRE(from_env.ok());
  CHECK(from_env.value().commit == "1111111111111111");
  CHECK(from_env.value().ref == "refs/pull/7/merge");
  CHECK(from_env.value().testbed == "runner-3");
  CHECK(from_env.value().suite == "mine");
  CHECK(git.calls.empty());
}

TEST_CASE("several files are repetitions of one run", "[perf][ingest]") {
  auto merged = merge_measurements({{one("a", {1, 2}), one("b", {5})}, {one("a", {3})}});
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].values == std::vector<double>{1, 2, 3});
  CHECK_FALSE(merged[0].lower);  // a range describes one value only
  CHECK(merged[1].lower);
}

TEST_CASE("the run id is the short commit and a ULID", "[perf][ingest]") {
  const RunFields fields{"0123456789abcdef0123", "refs/heads/main", "box", "s"};
  const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1796000000));
  const Run run = make_run(fields, "bmf", {"a.json"}, {one("a", {1})}, now);
  CHECK(run.id.rfind("0123456789ab-", 0) == 0);
  CHECK(run.id.size() == 13 + 26);
  CHECK(run.created_at == "2026-11-30T00:53:20Z");
}
