// `rollback` through the real binary: --dry-run prints the numbered plan without --yes, and
// --version is flyctl's spelling of --to.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;

namespace {
const char* kV1 = "registry.fly.io/rollback-test:v1";
const char* kV2 = "registry.fly.io/rollback-test:v2";
const char* kV3 = "registry.fly.io/rollback-test:v3";

void deploy(SandboxFixture& box, const FlyProject& project, const char* image) {
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", image});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
}
}  // namespace

TEST_CASE("rollback command: --dry-run prints a numbered plan and needs no --yes",
          "[commands][rollback]") {
  SandboxFixture box;
  FlyProject project("rollback-test");
  deploy(box, project, kV1);
  deploy(box, project, kV2);
  auto plan = run_cli_in(box, project, {"rollback", "fly", "--dry-run"});  // stdin not a TTY
  INFO(plan.err);
  REQUIRE(plan.exit_code == 0);
  CHECK(plan.out.rfind("Rollback plan for fly (fly):\n  1. ", 0) == 0);
  CHECK(plan.out.find('{') == std::string::npos);  // text, not raw JSON
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV2});
}

TEST_CASE("rollback command: --version names the release to return to", "[commands][rollback]") {
  SandboxFixture box;
  FlyProject project("rollback-test");
  deploy(box, project, kV1);
  deploy(box, project, kV2);
  deploy(box, project, kV3);
  auto rolled = run_cli_in(box, project, {"--json", "rollback", "fly", "--version", "1", "--yes"});
  INFO(rolled.err);
  REQUIRE(rolled.exit_code == 0);
  CHECK(nlohmann::json::parse(rolled.out)["release_after"] == "v4");
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});

  // Audited once, by the command line, with the release asked for.
  auto history = nlohmann::json::parse(run_cli_in(box, project, {"history", "--json"}).out);
  CHECK(history["history"][0]["action"] == "rollback");
  CHECK(history["history"][0]["release_before"] == "v3");
  CHECK(history["history"][0]["release_after"] == "v4");
  CHECK(history["history"][0]["details"]["to"] == "1");
}

TEST_CASE("rollback command: releases rollback --version 3 says how, never the version",
          "[commands][rollback]") {
  auto result = run_binary({"releases", "rollback", "--version", "3"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.find("raxol-deploy ") == std::string::npos);
  CHECK(result.err.find("'releases' has no subcommand 'rollback'; to roll back: raxol-deploy "
                        "rollback TARGET --to 3") != std::string::npos);
}
