// The conformance suite: the same cases against every target kind and its emulator, through the
// real binary (docs/architecture.md). A kind joins by adding a fixture to
// conformance_fixture.h; no case skips.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "conformance/conformance_fixture.h"
#include "support/run_binary.h"
#include "util/glob.h"

using nlohmann::json;

namespace raxol::test::conformance {

namespace {

// A project of one target of the kind, a sandbox, and the binary run against both.
template <class Fixture>
class Run {
 public:
  Run() : box_(kind_.sandbox_settings()) { kind_.write_project(dir_.path()); }

  BinaryResult cli(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    args.insert(args.begin(), {"-C", dir_.path().string()});
    auto all = box_.env();
    for (const auto& [name, value] : kind_.extra_env(dir_.path())) all[name] = value;
    for (const auto& [name, value] : env) all[name] = value;
    return run_binary(args, all);
  }

  void prepare(int n) { kind_.prepare_release(dir_.path(), n); }

  // `deploy TARGET` of release `n`; REQUIREs success.
  void deploy(int n) {
    prepare(n);
    auto result = cli(with_flags({"deploy", kind_.target()}, n));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
  }

  std::vector<std::string> with_flags(std::vector<std::string> args, int n) const {
    for (const auto& flag : kind_.deploy_flags(n)) args.push_back(flag);
    return args;
  }

  // Requests to the kind's emulator that change something, from request `since` on.
  std::vector<sandbox::LoggedRequest> mutations(size_t since = 0) {
    std::vector<sandbox::LoggedRequest> found;
    const auto entries = box_.sandbox().requests().entries();
    for (size_t i = since; i < entries.size(); ++i) {
      const auto& entry = entries[i];
      if (entry.service != kind_.service() || !entry.mutating()) continue;
      if (entry.method == "POST" && glob_matches_any(kind_.read_only_posts(), entry.path)) continue;
      found.push_back(entry);
    }
    return found;
  }

  size_t request_count() { return box_.sandbox().requests().entries().size(); }

  json releases() {
    auto result = cli({"--json", "releases", kind_.target()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out)["releases"];
  }

  Fixture& kind() { return kind_; }
  SandboxFixture& box() { return box_; }
  int serving() { return kind_.serving(box_); }

 private:
  Fixture kind_;
  TempDir dir_;
  SandboxFixture box_;
};

std::string paths_of(const std::vector<sandbox::LoggedRequest>& requests) {
  std::string text;
  for (const auto& request : requests) text += request.method + " " + request.path + "\n";
  return text;
}

}  // namespace

TEMPLATE_TEST_CASE("conformance: plan on an empty remote lists steps and changes nothing",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  auto planned = run.cli(run.with_flags({"--json", "plan", run.kind().target()}, 1));
  INFO(planned.err);
  REQUIRE(planned.exit_code == 0);
  const auto plan = json::parse(planned.out)["targets"][0];
  CHECK(plan["changes"] == true);
  CHECK_FALSE(plan["steps"].empty());
  INFO(paths_of(run.mutations()));
  CHECK(run.mutations().empty());
  CHECK(run.serving() == 0);
}

TEMPLATE_TEST_CASE("conformance: apply creates the release and status shows it healthy",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  CHECK(run.serving() == 1);
  auto status = run.cli({"--json", "status", run.kind().target()});
  INFO(status.err);
  REQUIRE(status.exit_code == 0);
  CHECK(json::parse(status.out)["health"] == "healthy");
  const json releases = run.releases();
  REQUIRE(releases.size() == 1);
  CHECK(releases[0]["current"] == true);
  CHECK(releases[0]["status"] == "complete");
}

TEMPLATE_TEST_CASE("conformance: a second plan of the same release shows no changes",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  const size_t before = run.request_count();
  auto again = run.cli(run.with_flags({"--json", "plan", run.kind().target()}, 1));
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(json::parse(again.out)["targets"][0]["changes"] == false);
  CHECK(run.mutations(before).empty());
}

TEMPLATE_TEST_CASE("conformance: releases come newest first", "[conformance]",
                   RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  const json first_list = run.releases();
  const std::string first = first_list[0]["id"];
  run.deploy(2);
  CHECK(run.serving() == 2);
  const json releases = run.releases();
  REQUIRE(releases.size() == 2);
  CHECK(releases[1]["id"] == first);
  CHECK(releases[0]["current"] == true);
  CHECK(releases[1]["current"] == false);
  CHECK(releases[0]["created_at"].get<std::string>() >= releases[1]["created_at"].get<std::string>());
}

TEMPLATE_TEST_CASE("conformance: rollback makes the first release serve again", "[conformance]",
                   RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  run.deploy(2);
  auto rolled = run.cli({"--json", "rollback", run.kind().target(), "--yes"});
  INFO(rolled.err);
  REQUIRE(rolled.exit_code == 0);
  const auto outcome = json::parse(rolled.out);
  CHECK(outcome["result"] == "rolled-back");
  CHECK(outcome["release_before"] != outcome["release_after"]);
  CHECK(run.serving() == 1);
  const json releases = run.releases();
  CHECK(releases.size() == (run.kind().rollback_is_new_release() ? 3u : 2u));
  CHECK(releases[0]["current"] == run.kind().rollback_is_new_release());
}

TEMPLATE_TEST_CASE("conformance: rollback to an unknown release is 'not found' and changes nothing",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  run.deploy(2);
  const size_t before = run.request_count();
  auto unknown = run.cli({"rollback", run.kind().target(), "--to", "nosuchrelease9", "--yes"});
  CHECK(unknown.exit_code == 1);  // docs/exit-codes.md: not_found
  CHECK(unknown.err.find("not found") != std::string::npos);
  CHECK(run.mutations(before).empty());
  CHECK(run.serving() == 2);
}

TEMPLATE_TEST_CASE("conformance: rollback --dry-run prints the plan and changes nothing",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  run.deploy(2);
  const size_t before = run.request_count();
  auto planned = run.cli({"rollback", run.kind().target(), "--dry-run"});  // no --yes needed
  INFO(planned.err);
  REQUIRE(planned.exit_code == 0);
  CHECK(planned.out.find("Rollback plan for " + run.kind().target()) != std::string::npos);
  CHECK(planned.out.find("  1. ") != std::string::npos);
  INFO(paths_of(run.mutations(before)));
  CHECK(run.mutations(before).empty());
  CHECK(run.serving() == 2);
}

TEMPLATE_TEST_CASE("conformance: a 429 and then a 503 are retried and the deploy succeeds",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  for (const auto& [status, retry_after] : std::vector<std::pair<int, std::string>>{
           {429, "1"}, {503, ""}}) {
    DYNAMIC_SECTION("HTTP " << status) {
      Run<TestType> run;
      json rule = run.kind().retried_request();
      rule["status"] = status;
      rule["times"] = 1;
      if (!retry_after.empty()) rule["retry_after"] = retry_after;
      run.box().add_fault(rule);
      run.deploy(1);
      CHECK(run.serving() == 1);
      size_t faulted = 0, answered_after = 0;
      for (const auto& entry : run.box().sandbox().requests().entries()) {
        if (entry.method != rule["method"] || !glob_matches(rule["path"].get<std::string>(), entry.path))
          continue;
        if (entry.status == status) ++faulted;
        else if (faulted > 0 && entry.status < 400) ++answered_after;
      }
      CHECK(faulted == 1);
      CHECK(answered_after >= 1);
    }
  }
}

TEMPLATE_TEST_CASE("conformance: a refused token is not retried and exits 3 showing no token",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  const std::string wrong = "wrong-token-5f2a9c";
  std::map<std::string, std::string> env;
  for (const auto& variable : run.kind().token_variables()) env[variable] = wrong;
  const size_t before = run.request_count();
  auto denied = run.cli({"--json", "-v", "status", run.kind().target()}, env);
  CHECK(denied.exit_code == 3);
  CHECK(json::parse(denied.out)["error"]["kind"] == "auth");
  CHECK((denied.out + denied.err).find(wrong) == std::string::npos);
  std::map<std::string, int> refused;  // method + path -> refusals
  const auto entries = run.box().sandbox().requests().entries();
  for (size_t i = before; i < entries.size(); ++i)
    if (entries[i].service == run.kind().service() &&
        entries[i].status == run.kind().auth_refusal_status())
      ++refused[entries[i].method + " " + entries[i].path];
  CHECK_FALSE(refused.empty());
  for (const auto& [request, count] : refused) {
    INFO(request);
    CHECK(count == 1);
  }
}

TEMPLATE_TEST_CASE("conformance: a 500 in the middle of apply leaves the previous release serving",
                   "[conformance]", RAXOL_CONFORMANCE_KINDS) {
  Run<TestType> run;
  run.deploy(1);
  json rule = run.kind().apply_fault();
  rule["status"] = 500;
  run.box().add_fault(rule);
  run.prepare(2);
  const BinaryResult failed = run.cli(run.with_flags({"--json", "deploy", run.kind().target()}, 2));
  INFO(failed.out + failed.err);
  CHECK(failed.exit_code == run.kind().apply_fault_exit_code());
  const json error = json::parse(failed.out)["error"];
  CHECK(error["exit_code"] == run.kind().apply_fault_exit_code());
  CHECK(error.dump().find("500") != std::string::npos);  // the status, in the message or a note
  CHECK(run.serving() == 1);
}

}  // namespace raxol::test::conformance
