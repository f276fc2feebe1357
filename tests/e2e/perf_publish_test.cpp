// The dashboard's history lives on the publish branch: a publisher that starts from a fresh
// checkout takes the runs already published, and a publish re-applied after a rejected push
// keeps the runs another publisher added meanwhile.
#include <catch2/catch.hpp>

#include "support/spawn_binary.h"
#include "targets/github_pages/pages_e2e_support.h"

using namespace raxol::test;
using namespace raxol::test::ghp;
using nlohmann::json;

namespace {

const char* const kPerf = "[perf]\ntarget = \"gh-pages\"\n";

// A checkout of the project (no local history) with this commit's hyperfine-like results.
struct Checkout {
  GhPagesProject project{"raxol/raxol", "performance", {}, kPerf};

  BinaryResult ingest(SandboxFixture& box, const std::string& commit, double seconds) {
    const auto file = project.dir / "results.json";
    write_file(file, json{{"results", {{{"command", "mix test"},
                                        {"mean", seconds},
                                        {"user", seconds * 0.9},
                                        {"system", 0.05},
                                        {"times", {seconds, seconds * 1.01, seconds * 0.99}}}}}}
                         .dump());
    return run_pages(box, project.dir.path(),
                     {"perf", "ingest", file.string(), "--commit", commit, "--ref",
                      "refs/heads/main", "--testbed", "ci"});
  }
};

std::vector<std::string> published_runs(const std::map<std::string, std::string>& files) {
  std::vector<std::string> runs;
  for (const auto& [path, content] : files)
    if (path.rfind("performance/data/runs/", 0) == 0) runs.push_back(path);
  return runs;
}

}  // namespace

TEST_CASE("perf publish e2e: a fresh checkout keeps the runs already on the branch",
          "[e2e][perf]") {
  SandboxFixture box(fast_github());
  auto repo = sandbox_repo(box, "raxol/raxol");
  Checkout first, second;
  REQUIRE(first.ingest(box, std::string(40, 'a'), 1.0).exit_code == 0);
  auto one = run_pages(box, first.project.dir.path(),
                       {"--json", "perf", "publish", "--fail-on", "never"});
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  auto published = json::parse(one.out);  // one document: the check and the publish
  CHECK(published["check"]["verdicts"].size() == 3);  // wall, user, sys of one benchmark
  CHECK(published["publish"]["result"] == "deployed");
  CHECK(published_runs(branch_files(repo, "gh-pages")).size() == 1);

  REQUIRE(second.ingest(box, std::string(40, 'b'), 1.02).exit_code == 0);
  auto two = run_pages(box, second.project.dir.path(), {"deploy", "gh-pages"});
  INFO(two.err);
  REQUIRE(two.exit_code == 0);
  CHECK(two.err.find("Took 1 runs published on gh-pages") != std::string::npos);
  auto files = branch_files(repo, "gh-pages");
  CHECK(published_runs(files).size() == 2);
  auto manifest = json::parse(files.at("performance/data/manifest.json"));
  CHECK(manifest["runs"].size() == 2);  // rendered over both
  CHECK(files.at("performance/index.html").find("<svg") != std::string::npos);
}

TEST_CASE("perf publish e2e: a publish that loses a race renders again over the new tip",
          "[e2e][perf]") {
  SandboxFixture box(fast_github());
  auto repo = sandbox_repo(box, "raxol/raxol");
  Checkout first;
  REQUIRE(first.ingest(box, std::string(40, 'a'), 1.0).exit_code == 0);
  REQUIRE(run_pages(box, first.project.dir.path(), {"deploy", "gh-pages"}).exit_code == 0);
  // Another commit lands between our fetch and our push (the sandbox's concurrent push).
  Checkout second;
  REQUIRE(second.ingest(box, std::string(40, 'b'), 1.0).exit_code == 0);
  box.patch_settings({{"github", {{"concurrent_pushes", 1}}}});
  auto raced = run_pages(box, second.project.dir.path(), {"deploy", "gh-pages"});
  INFO(raced.err);
  REQUIRE(raced.exit_code == 0);
  CHECK(raced.err.find("another publish landed first; rendering the dashboard again") !=
        std::string::npos);
  auto files = branch_files(repo, "gh-pages");
  CHECK(published_runs(files).size() == 2);
  bool theirs = false;
  for (const auto& [path, content] : files) theirs |= path.rfind("concurrent/", 0) == 0;
  CHECK(theirs);
}

TEST_CASE("perf publish e2e: two publishers at once both keep their runs",
          "[e2e][perf]") {
  SandboxFixture box(fast_github());
  auto repo = sandbox_repo(box, "raxol/raxol");
  Checkout a, b;
  REQUIRE(a.ingest(box, std::string(40, 'a'), 1.0).exit_code == 0);
  REQUIRE(b.ingest(box, std::string(40, 'b'), 1.1).exit_code == 0);
  BackgroundBinary first({"-C", a.project.dir.path().string(), "deploy", "gh-pages"}, box.env(), {});
  BackgroundBinary second({"-C", b.project.dir.path().string(), "deploy", "gh-pages"}, box.env(),
                          {});
  auto one = first.wait();
  auto two = second.wait();
  INFO("A: " << one.err << "\nB: " << two.err);
  REQUIRE(one.exit_code == 0);
  REQUIRE(two.exit_code == 0);
  auto files = branch_files(repo, "gh-pages");
  CHECK(published_runs(files).size() == 2);
  // Whoever landed last rendered over both runs.
  CHECK(json::parse(files.at("performance/data/manifest.json"))["runs"].size() == 2);
}

TEST_CASE("perf prune e2e: pruned runs leave the branch and are not taken back",
          "[e2e][perf]") {
  SandboxFixture box(fast_github());
  auto repo = sandbox_repo(box, "raxol/raxol");
  Checkout checkout;
  for (char c : std::string("abc")) REQUIRE(checkout.ingest(box, std::string(40, c), 1.0).exit_code == 0);
  REQUIRE(run_pages(box, checkout.project.dir.path(), {"deploy", "gh-pages"}).exit_code == 0);
  CHECK(published_runs(branch_files(repo, "gh-pages")).size() == 3);

  auto neither = run_pages(box, checkout.project.dir.path(), {"perf", "prune"});
  CHECK(neither.exit_code == 2);
  auto both = run_pages(box, checkout.project.dir.path(),
                        {"perf", "prune", "--keep", "1", "--before", "2026-01-01"});
  CHECK(both.exit_code == 2);
  auto pruned = run_pages(box, checkout.project.dir.path(), {"--json", "perf", "prune", "--keep", "1"});
  INFO(pruned.err);
  REQUIRE(pruned.exit_code == 0);
  CHECK(json::parse(pruned.out)["pruned"].size() == 2);
  auto published = run_pages(box, checkout.project.dir.path(), {"deploy", "gh-pages"});
  INFO(published.err);
  REQUIRE(published.exit_code == 0);
  CHECK(published_runs(branch_files(repo, "gh-pages")).size() == 1);

  // A fresh checkout learns the prune from the branch and does not bring the runs back.
  Checkout fresh;
  REQUIRE(fresh.ingest(box, std::string(40, 'd'), 1.0).exit_code == 0);
  REQUIRE(run_pages(box, fresh.project.dir.path(), {"deploy", "gh-pages"}).exit_code == 0);
  auto files = branch_files(repo, "gh-pages");
  CHECK(published_runs(files).size() == 2);
  CHECK(json::parse(files.at("performance/data/manifest.json"))["runs"].size() == 2);
}
