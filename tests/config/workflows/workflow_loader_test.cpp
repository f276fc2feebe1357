// The workflow loader against real workflows (Raxol's, SchemaStore's positive and negative
// cases) and the shapes discovery relies on: jobs, steps, guards, line:col.
#include <catch2/catch.hpp>
#include <filesystem>

#include "config/workflows/workflow.h"
#include "support/run_binary.h"

namespace fs = std::filesystem;
using raxol::test::read_file;
using raxol::test::reference_path;
using raxol::test::source_path;
using raxol::workflows::load_workflow;

namespace {

std::vector<fs::path> yaml_files_under(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const auto extension = entry.path().extension();
    if (entry.is_regular_file() && (extension == ".yml" || extension == ".yaml"))
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

raxol::workflows::LoadedWorkflow load_fixture(const std::string& name) {
  auto loaded = load_workflow(read_file(source_path("tests/fixtures/workflows/" + name)), name);
  REQUIRE(loaded.ok());
  return loaded.value();
}

}  // namespace

TEST_CASE("workflow loader: every YAML file of the Raxol reference loads",
          "[config][workflows][loader]") {
  const auto files = yaml_files_under(reference_path("raxol"));
  REQUIRE(files.size() >= 15);
  for (const auto& file : files) {
    INFO(file.string());
    auto loaded = load_workflow(read_file(file), file.filename().string());
    REQUIRE(loaded.ok());
    CHECK(loaded->diagnostics.empty());
  }
}

TEST_CASE("workflow loader: action.yml and dependabot.yml load and have no jobs",
          "[config][workflows][loader]") {
  for (const char* name :
       {"raxol/.github/dependabot.yml", "raxol/.github/actions/setup-elixir/action.yml",
        "raxol/.github/actions/run-tests/action.yml"}) {
    INFO(name);
    auto loaded = load_workflow(read_file(reference_path(name)), name);
    REQUIRE(loaded.ok());
    CHECK(loaded->workflow.jobs.empty());
  }
}

TEST_CASE("workflow loader: SchemaStore's valid workflows load without diagnostics",
          "[config][workflows][loader]") {
  const auto files = yaml_files_under(reference_path("github/schemastore-tests/test"));
  REQUIRE(files.size() == 37);
  for (const auto& file : files) {
    INFO(file.string());
    auto loaded = load_workflow(read_file(file), file.filename().string());
    REQUIRE(loaded.ok());
    CHECK(loaded->diagnostics.empty());
    CHECK_FALSE(loaded->workflow.triggers.empty());
  }
}

TEST_CASE("workflow loader: SchemaStore's invalid workflows never crash",
          "[config][workflows][loader]") {
  const auto files = yaml_files_under(reference_path("github/schemastore-tests/negative_test"));
  REQUIRE(files.size() == 20);
  for (const auto& file : files) {
    INFO(file.string());
    auto loaded = load_workflow(read_file(file), file.filename().string());
    if (!loaded.ok()) CHECK(loaded.error().kind == raxol::ErrorKind::config);
  }
}

TEST_CASE("workflow loader: jobs, steps and guards keep their 1-based line:col",
          "[config][workflows][loader]") {
  const std::string file = ".github/workflows/performance-tracking.yml";
  auto loaded = load_workflow(read_file(reference_path("raxol/" + file)), file);
  REQUIRE(loaded.ok());
  const auto& workflow = loaded->workflow;
  CHECK(workflow.name == "Performance Tracking");
  const auto dashboard = std::find_if(workflow.jobs.begin(), workflow.jobs.end(),
                                      [](const auto& job) { return job.id == "dashboard"; });
  REQUIRE(dashboard != workflow.jobs.end());
  CHECK(dashboard->name == "Update Performance Dashboard");
  CHECK(dashboard->needs == std::vector<std::string>{"benchmark", "check-metrics"});
  CHECK(dashboard->if_guard.where.to_string() == file + ":250:5");
  CHECK(dashboard->if_guard.expression.rfind("always() && (github.ref", 0) == 0);
  REQUIRE(dashboard->steps.size() == 4);
  const auto& deploy = dashboard->steps[3];
  CHECK(deploy.index == 4);
  CHECK(deploy.name == "Deploy to GitHub Pages");
  CHECK(deploy.uses == "peaceiris/actions-gh-pages@v4");
  CHECK(deploy.where.to_string() == file + ":321:9");
  CHECK(deploy.action_where.to_string() == file + ":322:9");
  CHECK(deploy.if_guard.expression == "github.ref == 'refs/heads/main'");
  CHECK(deploy.if_guard.where.to_string() == file + ":323:9");
  CHECK(deploy.with.at("publish_dir") == "./docs/performance");
  CHECK(deploy.with.at("github_token") == "${{ secrets.GITHUB_TOKEN }}");
  // Block scalars stay verbatim, heredoc and trailing newline included.
  const auto& generate = dashboard->steps[2];
  CHECK(generate.run.rfind("mkdir -p docs/performance\n", 0) == 0);
  CHECK(generate.run.back() == '\n');
}

TEST_CASE("workflow loader: environment, job env, working-directory defaults",
          "[config][workflows][loader]") {
  auto cloudflare = load_fixture("cloudflare-deploys.yml").workflow;
  CHECK(cloudflare.jobs[0].environment == "production");
  auto fly = load_fixture("fly-deploys.yml").workflow;
  CHECK(fly.env.at("FLY_API_TOKEN") == "${{ secrets.FLY_API_TOKEN }}");
  REQUIRE(fly.jobs.size() == 5);
  CHECK(fly.jobs[1].steps[0].working_directory == "apps");
  CHECK(fly.jobs[2].steps[0].working_directory == "./services/api/");
  CHECK(fly.jobs[0].steps[2].working_directory.empty());
}

TEST_CASE("workflow loader: members of a parallel group become steps",
          "[config][workflows][loader]") {
  auto workflow = load_fixture("gh-pages-deploys.yml").workflow;
  const auto& job = workflow.jobs[2];
  REQUIRE(job.steps.size() == 2);
  CHECK(job.steps[1].index == 1);
  CHECK(job.steps[1].parallel_index == 2);
  CHECK(job.steps[1].uses == "JamesIves/github-pages-deploy-action@v4");
}

TEST_CASE("workflow loader: `with:` as one expression is kept whole",
          "[config][workflows][loader]") {
  const auto file = reference_path("github/schemastore-tests/test/with-from-json.yaml");
  auto loaded = load_workflow(read_file(file), "with-from-json.yaml");
  REQUIRE(loaded.ok());
  bool found = false;
  for (const auto& job : loaded->workflow.jobs)
    for (const auto& step : job.steps)
      if (!step.with_expression.empty()) {
        found = true;
        CHECK(step.with_expression.rfind("${{", 0) == 0);
        CHECK(step.with.empty());
      }
  CHECK(found);
}

TEST_CASE("workflow loader: malformed YAML is an error with file:line:col",
          "[config][workflows][loader]") {
  auto loaded =
      load_workflow(read_file(source_path("tests/fixtures/workflows/malformed.yml")), "bad.yml");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().kind == raxol::ErrorKind::config);
  CHECK(loaded.error().message.rfind("bad.yml:", 0) == 0);
  CHECK(loaded.error().message.find("malformed YAML") != std::string::npos);
}

TEST_CASE("workflow loader: a top level that is not a mapping is an error - empty is none",
          "[config][workflows][loader]") {
  auto list = load_workflow("- a\n- b\n", "list.yml");
  REQUIRE_FALSE(list.ok());
  CHECK(list.error().message == "list.yml:1:1: expected a mapping at the top level, found a list");
  auto empty = load_workflow("", "empty.yml");
  REQUIRE(empty.ok());
  CHECK(empty->workflow.jobs.empty());
}

TEST_CASE("workflow loader: an unquoted `if: !expr` is a diagnostic, not a crash",
          "[config][workflows][loader]") {
  auto loaded = load_fixture("unquoted-bang-if.yml");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].to_string().rfind("unquoted-bang-if.yml:8:9: warning: ", 0) == 0);
  CHECK(loaded.workflow.jobs[0].steps[0].if_guard.expression == "!cancelled()");
}

TEST_CASE("workflow loader: wrong shapes are diagnostics with locations",
          "[config][workflows][loader]") {
  auto loaded = load_workflow("on: push\njobs:\n  a:\n    steps: 3\n  b: [1]\n", "w.yml");
  REQUIRE(loaded.ok());
  REQUIRE(loaded->diagnostics.size() == 2);
  CHECK(loaded->diagnostics[0].to_string() ==
        "w.yml:4:5: warning: jobs.a.steps: expected a list of steps, found a string");
  CHECK(loaded->diagnostics[1].to_string() ==
        "w.yml:5:3: warning: jobs.b: expected a job (a mapping), found a list");
}

TEST_CASE("workflow loader: both `on` and `true` keep the first with a warning",
          "[config][workflows][loader]") {
  auto loaded = load_workflow("on: push\ntrue: pull_request\njobs: {}\n", "both.yml");
  REQUIRE(loaded.ok());
  REQUIRE(loaded->workflow.triggers.size() == 1);
  CHECK(loaded->workflow.triggers[0].event == "push");
  REQUIRE(loaded->diagnostics.size() == 1);
  CHECK(loaded->diagnostics[0].where.to_string() == "both.yml:2:1");
}
