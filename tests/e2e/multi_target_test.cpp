// Issue 6 end to end: every tier of examples/raxol against one in-process sandbox — plan is
// read-only, deploy runs the tiers in order, a required failure stops the rest, an optional
// failure ends "partial", the GitHub Actions summary is written, and concurrent deploys of the
// Fly target do not interleave.
#include <catch2/catch.hpp>
#include <csignal>
#include <fstream>
#include <thread>

#include "support/example_project.h"
#include "support/sandbox_fixture.h"
#include "support/spawn_binary.h"

using namespace raxol::test;
using nlohmann::json;

namespace {

// A copy of examples/raxol (fly.toml, raxol-deploy.toml with three tiers, static folders).
struct ExampleProject {
  TempDir dir;
  ExampleProject() {
    // A prebuilt image: these tests are about the tiers, tests/e2e/fly_build_test.cpp builds.
    copy_example_project(dir.path(), "registry.fly.io/raxol-example:v1");
  }
  std::filesystem::path path() const { return dir.path(); }
};

BinaryResult in_example(SandboxFixture& box, const ExampleProject& project,
                        std::vector<std::string> args,
                        std::map<std::string, std::string> extra_env = {}) {
  args.insert(args.begin(), {"-C", project.path().string()});
  auto env = box.env();
  for (auto& [name, value] : extra_env) env[name] = value;
  return run_binary(args, env);
}

// Requests that change state. Three POSTs only read and are allowed in a plan: the GraphQL
// releases query, Cloudflare's check-missing, and git's upload-pack (a fetch).
std::vector<std::string> mutating_requests(SandboxFixture& box) {
  std::vector<std::string> found;
  for (const auto& entry : box.sandbox().requests().entries()) {
    if (!entry.mutating()) continue;
    const std::string& path = entry.path;
    bool read_only = path == "/graphql" ||
                     path.find("/pages/assets/check-missing") != std::string::npos ||
                     path.find("/git-upload-pack") != std::string::npos;
    if (!read_only) found.push_back(entry.method + " " + path);
  }
  return found;
}

int requests_to(SandboxFixture& box, const std::string& service) {
  int count = 0;
  for (const auto& entry : box.sandbox().requests().entries()) count += entry.service == service;
  return count;
}

json target_row(const json& report, const std::string& name) {
  for (const auto& row : report["targets"])
    if (row["target"] == name) return row;
  return json();
}

}  // namespace

TEST_CASE("multi-target e2e: plan sends no mutating request", "[e2e][multi]") {
  SandboxFixture box;
  ExampleProject project;
  auto plan = in_example(box, project, {"plan", "--json"});
  INFO(plan.err);
  REQUIRE(plan.exit_code == 0);
  auto plans = json::parse(plan.out)["targets"];
  REQUIRE(plans.size() == 3);
  CHECK(plans[0]["target"] == "fly");
  CHECK(plans[1]["target"] == "pages");
  CHECK(plans[2]["target"] == "gh-pages");
  for (const auto& one : plans) CHECK(one["changes"] == true);
  CHECK(mutating_requests(box).empty());
}

TEST_CASE("multi-target e2e: deploy runs every tier in order and ends with a summary",
          "[e2e][multi]") {
  SandboxFixture box;
  ExampleProject project;
  auto summary_file = project.path() / "summary.md";
  auto deploy = in_example(box, project, {"deploy", "--json"},
                           {{"GITHUB_ACTIONS", "true"},
                            {"GITHUB_STEP_SUMMARY", summary_file.string()}});
  INFO(deploy.err);
  REQUIRE(deploy.exit_code == 0);
  auto report = json::parse(deploy.out);
  CHECK(report["ok"] == true);
  for (const char* name : {"fly", "pages", "gh-pages"}) {
    CHECK(target_row(report, name)["result"] == "deployed");
    CHECK_FALSE(target_row(report, name)["url"].get<std::string>().empty());
  }
  // Under GitHub Actions: one foldable group per target, and the job summary written.
  CHECK(deploy.err.find("::group::Deploying fly (fly)") != std::string::npos);
  CHECK(deploy.err.find("::endgroup::") != std::string::npos);
  std::string summary = read_file(summary_file);
  CHECK(summary.find("### raxol-deploy deploy") != std::string::npos);
  CHECK(summary.find("| fly | deployed |") != std::string::npos);
  CHECK(summary.find("| gh-pages | deployed |") != std::string::npos);

  auto status = in_example(box, project, {"status", "--json"});
  REQUIRE(status.exit_code == 0);
  const json statuses = json::parse(status.out);
  REQUIRE(statuses["targets"].size() == 3);
  for (const auto& target : statuses["targets"]) CHECK(target["health"] == "healthy");

  // The audit trail: one entry per target, newest first, with who and the releases.
  REQUIRE(in_example(box, project, {"deploy", "fly", "--image", "registry.fly.io/raxol-example:v2"})
              .exit_code == 0);
  REQUIRE(in_example(box, project, {"rollback", "fly", "--yes"}).exit_code == 0);
  auto history = json::parse(in_example(box, project, {"history", "--json"}).out)["history"];
  REQUIRE(history.size() == 5);
  CHECK(history[0]["action"] == "rollback");
  CHECK(history[0]["target"] == "fly");
  CHECK(history[0]["release_before"] == "v2");
  CHECK(history[0]["release_after"] == "v3");
  CHECK(history[1]["release_after"] == "v2");
  CHECK(history[2]["target"] == "gh-pages");
  CHECK(history[3]["target"] == "pages");
  CHECK(history[4]["target"] == "fly");
  CHECK(history[4]["result"] == "deployed");
  CHECK(history[4]["release_after"] == "v1");
  CHECK_FALSE(history[4]["user"].get<std::string>().empty());
  CHECK(history[4]["details"]["ci"]["GITHUB_RUN_ID"].is_null());  // no run id was set
}

TEST_CASE("multi-target e2e: a failing required tier leaves the others untouched",
          "[e2e][multi]") {
  SandboxFixture box;
  ExampleProject project;
  // Creating machines fails: the Fly tier cannot deploy.
  box.add_fault({{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps/*/machines"},
                 {"status", 500}});
  auto deploy = in_example(box, project, {"deploy"});
  CHECK(deploy.exit_code != 0);
  CHECK(deploy.exit_code != 5);
  CHECK(deploy.err.find("deploy stopped: fly") != std::string::npos);
  CHECK(deploy.err.find("pages, gh-pages: not touched") != std::string::npos);
  CHECK(deploy.out.find("not started") != std::string::npos);
  CHECK(requests_to(box, "cloudflare-pages") == 0);
  CHECK(requests_to(box, "github") == 0);
}

TEST_CASE("multi-target e2e: an optional tier failing ends 'partial' after the others deploy",
          "[e2e][multi]") {
  SandboxFixture box;
  ExampleProject project;
  box.add_fault({{"service", "cloudflare-pages"}, {"path", "**"}, {"status", 400}});
  auto deploy = in_example(box, project, {"deploy", "--json"});
  CHECK(deploy.exit_code == 5);
  auto report = json::parse(deploy.out);  // one document, the error inside it
  CHECK(report["ok"] == false);
  CHECK(report["error"]["kind"] == "partial");
  CHECK(report["error"]["exit_code"] == 5);
  CHECK(target_row(report, "fly")["result"] == "deployed");
  CHECK(target_row(report, "pages")["result"] == "failed");
  CHECK(target_row(report, "gh-pages")["result"] == "deployed");
  CHECK(deploy.err.find("pages is optional and failed") != std::string::npos);
}

TEST_CASE("multi-target e2e: configuration errors become GitHub annotations", "[e2e][multi]") {
  TempDir dir;
  write_file(dir / "fly.toml", "app = \"x\"\n[http_service]\ninternal_port = \"abc\"\n");
  auto result = run_binary({"-C", dir.path().string(), "config", "validate"},
                           {{"GITHUB_ACTIONS", "true"}});
  CHECK(result.exit_code == 2);
  CHECK(result.out.find("::error file=fly.toml,line=3,col=17::fly.toml:3:17: "
                        "http_service.internal_port") != std::string::npos);
}

TEST_CASE("multi-target e2e: two concurrent deploys of the Fly target never interleave",
          "[e2e][multi]") {
  SandboxFixture box;
  ExampleProject project;
  REQUIRE(in_example(box, project, {"deploy", "fly"}).exit_code == 0);
  box.patch_settings({{"fly", {{"start_ms", 1200}}}});
  auto env = box.env();
  auto start = [&](const std::string& tag, std::vector<std::string> extra) {
    std::vector<std::string> args = {"-C", project.path().string(), "deploy", "fly",
                                     "--skip-release-command", "--image",
                                     "registry.fly.io/raxol-example:" + tag};
    args.insert(args.end(), extra.begin(), extra.end());
    return std::make_unique<BackgroundBinary>(args, env, std::filesystem::path());
  };

  SECTION("without --lock-wait the second fails and names the holder") {
    auto first = start("v2", {});
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    auto second = start("v3", {});
    auto a = first->wait();
    auto b = second->wait();
    INFO(a.err << "\n----\n" << b.err);
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 6);
    CHECK(b.err.find("is leased by") != std::string::npos);
    CHECK(b.err.find("deploying registry.fly.io/raxol-example:v2 since") != std::string::npos);
  }
  SECTION("with --lock-wait the second waits, then deploys") {
    auto first = start("v2", {"--lock-wait", "60s"});
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    auto second = start("v3", {"--lock-wait", "60s"});
    auto a = first->wait();
    auto b = second->wait();
    INFO(a.err << "\n----\n" << b.err);
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    CHECK(b.err.find("waiting:") != std::string::npos);
    auto releases = json::parse(in_example(box, project, {"releases", "fly", "--json"}).out);
    REQUIRE(releases["releases"].size() == 3);
    for (const auto& release : releases["releases"]) CHECK(release["status"] == "complete");
  }
}
