// Deploying several targets in order through the registry against the Pages emulator: every
// target deployed and audited; a required failure stops the run and leaves the rest untouched;
// an optional failure warns, skips the targets that need it, and ends as `partial`.
#include "core/deploy_all.h"

#include <catch2/catch.hpp>

#include "core/audit.h"
#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::test;
using namespace raxol::test::cfp;

namespace {

// A cloudflare-pages target `name` publishing `dir` to project `name`.
TargetSpec target(const std::string& name, const std::filesystem::path& dir, bool optional = false,
                  std::vector<std::string> needs = {}) {
  auto spec = pages_spec("project = \"" + name + "\"\ndirectory = \"" + dir.string() + "\"\n");
  REQUIRE(spec.ok());
  spec->name = name;
  spec->optional = optional;
  spec->needs = std::move(needs);
  return *spec;
}

// What `deploy` does with a report: its facts, completed and written by record_command_audit.
void record(Context& context, const DeployAllReport& report) {
  AuditFacts facts;
  add_audit_facts(report, facts);
  Status status;
  if (report.failure) status = *report.failure;
  record_command_audit(context, "deploy", facts, status, 1.0);
}

std::vector<RunResult> results(const DeployAllReport& report) {
  std::vector<RunResult> out;
  for (const auto& run : report.runs) out.push_back(run.result);
  return out;
}

}  // namespace

TEST_CASE("deploy all: every target deployed in order - each audited", "[core][deploy-all]") {
  PagesWorld world;
  TempDir dir;
  world.env().set("RAXOL_AUDIT_LOG", (dir / "audit.jsonl").string());
  write_site(dir / "a", {{"index.html", "a"}});
  write_site(dir / "b", {{"index.html", "b"}});
  auto report = deploy_all(world.context(), {target("alpha", dir / "a"), target("beta", dir / "b")},
                           deploy_request());
  CHECK_FALSE(report.failure.has_value());
  CHECK(results(report) == std::vector<RunResult>{RunResult::deployed, RunResult::deployed});
  CHECK(report.runs[1].url.find("beta") != std::string::npos);
  CHECK(world.api().site("alpha/index.html").body == "a");
  CHECK(world.api().site("beta/index.html").body == "b");
  record(world.context(), report);
  auto audit = read_audit(world.context());
  REQUIRE(audit.size() == 2);
  CHECK(audit[0].target == "alpha");
  CHECK(audit[0].result == "deployed");
  CHECK(audit[1].release_after == report.runs[1].release_after);

  auto again = deploy_all(world.context(), {target("alpha", dir / "a")}, deploy_request());
  CHECK(results(again) == std::vector<RunResult>{RunResult::unchanged});
}

TEST_CASE("deploy all: a required failure stops the run - the rest untouched",
          "[core][deploy-all]") {
  PagesWorld world;
  TempDir dir;
  world.env().set("RAXOL_AUDIT_LOG", (dir / "audit.jsonl").string());
  write_site(dir / "b", {{"index.html", "b"}});
  auto report = deploy_all(world.context(),
                           {target("alpha", dir / "missing"), target("beta", dir / "b")},
                           deploy_request());
  CHECK(results(report) == std::vector<RunResult>{RunResult::failed, RunResult::not_started});
  REQUIRE(report.failure.has_value());
  CHECK(report.failure->kind == ErrorKind::config);  // the target's own error, so its exit code
  CHECK(report.failure->message.rfind("deploy stopped: alpha failed: ", 0) == 0);
  CHECK(report.failure->notes.back() == "beta: not touched");
  CHECK(world.client().get_project("beta").value() == std::nullopt);
  record(world.context(), report);
  auto audit = read_audit(world.context());
  REQUIRE(audit.size() == 1);
  CHECK(audit[0].result == "failed");
  CHECK_FALSE(audit[0].error.empty());
}

TEST_CASE("deploy all: an optional failure warns - its dependents are skipped - the run is partial",
          "[core][deploy-all]") {
  PagesWorld world;
  TempDir dir;
  world.env().set("RAXOL_AUDIT_LOG", (dir / "audit.jsonl").string());
  write_site(dir / "c", {{"index.html", "c"}});
  auto report = deploy_all(world.context(),
                           {target("alpha", dir / "missing", true),
                            target("beta", dir / "c", false, {"alpha"}), target("gamma", dir / "c")},
                           deploy_request());
  CHECK(results(report) ==
        std::vector<RunResult>{RunResult::failed, RunResult::skipped, RunResult::deployed});
  CHECK(report.runs[1].reason == "needs alpha, which did not deploy");
  REQUIRE(report.failure.has_value());
  CHECK(report.failure->kind == ErrorKind::partial);
  CHECK(report.failure->message == "every required target deployed; optional alpha failed");
  CHECK(world.err().find("alpha is optional and failed; going on") != std::string::npos);
}

TEST_CASE("deploy all: after a cancel nothing more is started", "[core][deploy-all]") {
  PagesWorld world;
  TempDir dir;
  world.env().set("RAXOL_AUDIT_LOG", (dir / "audit.jsonl").string());
  write_site(dir / "a", {{"index.html", "a"}});
  world.context().cancel.request();
  auto report = deploy_all(world.context(), {target("alpha", dir / "a")}, deploy_request());
  CHECK(results(report) == std::vector<RunResult>{RunResult::not_started});
  CHECK(report.runs[0].reason == "interrupted");
  CHECK(world.requests("") == 0);
}
