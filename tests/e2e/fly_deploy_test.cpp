// The Fly tier end to end: the real binary deploys, rolls back and reports on an app in the
// loopback sandbox, through the same environment variables a user would export.
#include <catch2/catch.hpp>
#include <csignal>
#include <thread>

#include "e2e/fly_e2e_helpers.h"
#include "support/openapi_validator.h"
#include "support/spawn_binary.h"

using namespace raxol::test;
using nlohmann::json;

namespace {
const char* kV1 = "registry.fly.io/shop:v1";
const char* kV2 = "registry.fly.io/shop:v2";

void deploy_v1(SandboxFixture& box, const FlyProject& project) {
  auto first = run_cli_in(box, project, {"deploy", "fly", "--image", kV1});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  REQUIRE(machine_images(box, project.app) == std::set<std::string>{kV1});
}

// Every request raxol-deploy sent to the Machines API matches the OpenAPI spec.
void require_spec_conformance(SandboxFixture& box) {
  OpenApiValidator validator(reference_path("fly/machines-openapi3.json"));
  for (const auto& entry : box.sandbox().requests().entries()) {
    if (entry.service != "fly" || entry.path.rfind("/v1/", 0) != 0) continue;
    auto problems = validator.validate(entry.method, entry.path, entry.query, entry.body);
    INFO(entry.method << " " << entry.path << "?" << entry.query << " " << entry.body);
    CHECK(problems.empty());
  }
}
}  // namespace

TEST_CASE("fly e2e: deploy v1, rolling v2, releases, status, rollback", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("shop", "/app/bin/migrate");

  deploy_v1(box, project);
  CHECK(box.app_machines(project.app).size() == 2);  // a group with services gets two
  CHECK(box.fly_get("/v1/apps/shop/ip_assignments")["ips"].size() == 2);  // shared v4 + v6

  box.sandbox().requests().clear();
  auto second = run_cli_in(box, project, {"--json", "deploy", "fly", "--image", kV2});
  INFO(second.err);
  REQUIRE(second.exit_code == 0);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV2});
  auto outcome = json::parse(second.out);
  CHECK(outcome["result"] == "deployed");
  CHECK(outcome["release_before"] == "v1");
  CHECK(outcome["release_after"] == "v2");

  // The release command ran exactly once, before the first app machine was updated.
  auto mutations = fly_mutations(box);
  int release_machines = 0;
  size_t release_index = 0, first_update = mutations.size();
  for (size_t i = 0; i < mutations.size(); ++i) {
    const auto& m = mutations[i];
    if (m.method == "POST" && m.path == "/v1/apps/shop/machines" &&
        m.body.find("fly_app_release_command") != std::string::npos) {
      ++release_machines;
      release_index = i;
    }
    bool is_update = m.method == "POST" && m.path.rfind("/v1/apps/shop/machines/", 0) == 0 &&
                     m.path.find('/', std::string("/v1/apps/shop/machines/").size()) ==
                         std::string::npos;
    if (is_update && first_update == mutations.size()) first_update = i;
  }
  CHECK(release_machines == 1);
  CHECK(release_index < first_update);
  CHECK_FALSE(any_lease_held(box, project.app));

  auto status = run_cli_in(box, project, {"status", "fly", "--json"});
  REQUIRE(status.exit_code == 0);
  auto status_json = json::parse(status.out);
  CHECK(status_json["health"] == "healthy");
  CHECK(status_json["release"] == "v2");
  for (const auto& machine : status_json["details"]["machines"]) {
    CHECK(machine["state"] == "started");
    CHECK(machine["checks_passing"] == machine["checks_total"]);
    CHECK(machine["checks_total"].get<int>() >= 1);
    CHECK(machine["image"] == kV2);
  }

  auto releases = run_cli_in(box, project, {"releases", "fly", "--json"});
  REQUIRE(releases.exit_code == 0);
  auto listed = json::parse(releases.out)["releases"];
  REQUIRE(listed.size() == 2);
  CHECK(listed[0]["version"] == "v2");
  CHECK(listed[0]["current"] == true);
  CHECK(listed[1]["version"] == "v1");
  CHECK(listed[0]["status"] == "complete");

  auto rollback = run_cli_in(box, project, {"rollback", "fly", "--yes", "--json"});
  INFO(rollback.err);
  REQUIRE(rollback.exit_code == 0);
  CHECK(json::parse(rollback.out)["release_after"] == "v3");
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
  auto after = json::parse(run_cli_in(box, project, {"releases", "fly", "--json"}).out)["releases"];
  REQUIRE(after.size() == 3);
  CHECK(after[0]["description"] == "rollback to v1");
  CHECK(after[0]["status"] == "complete");
  CHECK_FALSE(any_lease_held(box, project.app));
  require_spec_conformance(box);
}

TEST_CASE("fly e2e: an unchanged redeploy changes nothing", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("calm");
  deploy_v1(box, project);
  auto ids = machine_ids(box, project.app);
  box.sandbox().requests().clear();
  auto again = run_cli_in(box, project, {"--json", "deploy", "fly", "--image", kV1});
  REQUIRE(again.exit_code == 0);
  CHECK(json::parse(again.out)["result"] == "unchanged");
  CHECK(fly_mutations(box).empty());
  CHECK(machine_ids(box, project.app) == ids);
}

TEST_CASE("fly e2e: dry-run prints the plan and sends no mutating request", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("planner", "/app/bin/migrate");
  deploy_v1(box, project);
  box.sandbox().requests().clear();
  auto plan = run_cli_in(box, project, {"deploy", "fly", "--image", kV2, "--dry-run", "--json"});
  REQUIRE(plan.exit_code == 0);
  auto steps = json::parse(plan.out)["steps"];
  std::string actions;
  for (const auto& step : steps) actions += step["action"].get<std::string>() + " ";
  CHECK(actions == "lease record run update update ");
  for (const auto& entry : box.sandbox().requests().entries())
    CHECK((entry.method == "GET" || entry.path == "/graphql"));
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
}

TEST_CASE("fly e2e: each strategy ends with every machine on the new image", "[e2e][fly]") {
  for (std::string strategy : {"immediate", "canary", "bluegreen", "rolling"}) {
    DYNAMIC_SECTION(strategy) {
      SandboxFixture box;
      FlyProject project("strat");
      deploy_v1(box, project);
      auto ids_before = machine_ids(box, project.app);
      box.sandbox().requests().clear();
      auto result = run_cli_in(box, project, {"deploy", "fly", "--image", kV2, "--strategy", strategy});
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      CHECK(machine_images(box, project.app) == std::set<std::string>{kV2});
      CHECK(box.app_machines(project.app).size() == 2);
      CHECK_FALSE(any_lease_held(box, project.app));
      auto ids_after = machine_ids(box, project.app);
      if (strategy == "bluegreen") {
        for (const auto& id : ids_before) CHECK(ids_after.count(id) == 0);  // greens replaced blues
      } else {
        CHECK(ids_after == ids_before);  // updated in place
      }
      if (strategy == "canary") {
        bool canary_created = false;
        for (const auto& entry : fly_mutations(box))
          canary_created |= entry.body.find("fly_canary") != std::string::npos;
        CHECK(canary_created);
      }
      require_spec_conformance(box);
    }
  }
}

TEST_CASE("fly e2e: a failing release command stops the deploy before any machine changes",
          "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("migr", "/app/bin/migrate");
  deploy_v1(box, project);
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/shop:release-fails"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("release command `/app/bin/migrate` failed") != std::string::npos);
  CHECK(result.err.find("exit code 1") != std::string::npos);
  CHECK(result.err.find("v1 is still serving") != std::string::npos);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
  CHECK_FALSE(any_lease_held(box, project.app));
  auto releases = json::parse(run_cli_in(box, project, {"releases", "--json"}).out)["releases"];
  CHECK(releases[0]["status"] == "failed");
}

TEST_CASE("fly e2e: failing health checks roll the changed machines back", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("sick");
  deploy_v1(box, project);
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/shop:fail-checks",
                                     "--wait-timeout", "2s"});
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("health checks did not pass") != std::string::npos);
  CHECK(result.err.find("rolled back: v1 is serving") != std::string::npos);
  CHECK(result.err.find("restored") != std::string::npos);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
  for (const auto& machine : box.app_machines(project.app)) CHECK(machine["state"] == "started");
  CHECK_FALSE(any_lease_held(box, project.app));
}

TEST_CASE("fly e2e: a machine that never starts times out and is restored", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("slow");
  deploy_v1(box, project);
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/shop:never-starts",
                                     "--wait-timeout", "2s"});
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("did not start within 2s") != std::string::npos);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
}

TEST_CASE("fly e2e: a machine leased by someone else stops the deploy and names the holder",
          "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("busy");
  deploy_v1(box, project);
  std::string id = *machine_ids(box, project.app).begin();
  auto lease = box.fly_call("POST", "/v1/apps/busy/machines/" + id + "/lease",
                            {{"ttl", 60}, {"description", "alice deploying from her laptop"}});
  REQUIRE(lease.status == 201);
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", kV2});
  CHECK(result.exit_code == 6);
  CHECK(result.err.find("alice deploying from her laptop") != std::string::npos);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
}

TEST_CASE("fly e2e: 429 with Retry-After is retried and the deploy succeeds", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("busyapi");
  deploy_v1(box, project);
  box.add_fault({{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps/*/machines/*"},
                 {"status", 429}, {"retry_after", "1"}, {"times", 1}});
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", kV2});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV2});
}

TEST_CASE("fly e2e: 5xx on the second machine's update restores the first", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("flaky");
  deploy_v1(box, project);
  // The spearhead's update passes; the next update fails through every retry.
  box.add_fault({{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps/*/machines/*"},
                 {"status", 500}, {"skip", 1}, {"times", 5}});
  auto result = run_cli_in(box, project, {"deploy", "fly", "--image", kV2});
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("HTTP 500") != std::string::npos);
  CHECK(result.err.find("rolled back: v1 is serving") != std::string::npos);
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
  CHECK_FALSE(any_lease_held(box, project.app));
}

TEST_CASE("fly e2e: SIGINT mid-rollout releases leases and leaves no half-updated app",
          "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("interrupted");
  deploy_v1(box, project);
  box.patch_settings({{"fly", {{"start_ms", 2500}}}});
  box.sandbox().requests().clear();
  BackgroundBinary deploy({"-C", project.dir.path().string(), "deploy", "fly", "--image", kV2},
                          box.env(), {});
  // Interrupt once the first machine update has been accepted.
  for (int i = 0; i < 200; ++i) {
    bool updated = false;
    for (const auto& entry : fly_mutations(box))
      updated |= entry.path.rfind("/v1/apps/interrupted/machines/", 0) == 0 &&
                 entry.path.find("/lease") == std::string::npos && entry.method == "POST";
    if (updated) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  deploy.signal(SIGINT);
  auto result = deploy.wait();
  CHECK(result.exit_code == 130);
  CHECK(result.err.find("interrupted") != std::string::npos);
  CHECK_FALSE(any_lease_held(box, project.app));
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});
  auto releases = json::parse(run_cli_in(box, project, {"releases", "--json"}).out)["releases"];
  CHECK(releases[0]["status"] == "interrupted");
}

TEST_CASE("fly e2e: rollback to an unknown release is 'not found'", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("lost");
  deploy_v1(box, project);
  auto result = run_cli_in(box, project, {"rollback", "fly", "--to", "v42", "--yes"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("release v42 of lost not found") != std::string::npos);
}

TEST_CASE("fly e2e: rollback refuses to run without --yes when stdin is not a TTY", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("careful");
  auto result = run_cli_in(box, project, {"rollback", "fly"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("--yes") != std::string::npos);
}

TEST_CASE("fly e2e: a wrong token is an auth error that does not print the token", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("guarded");
  auto env = box.env();
  env["FLY_API_TOKEN"] = "wrong-token-value-1234";
  auto result = run_binary({"-C", project.dir.path().string(), "deploy", "fly", "--image", kV1}, env);
  CHECK(result.exit_code == 3);
  CHECK(result.err.find("HTTP 401") != std::string::npos);
  CHECK(result.err.find("wrong-token-value-1234") == std::string::npos);
  CHECK(result.out.find("wrong-token-value-1234") == std::string::npos);
}

TEST_CASE("fly e2e: logs and exec", "[e2e][fly]") {
  SandboxFixture box;
  FlyProject project("chatty");
  deploy_v1(box, project);
  auto logs = run_cli_in(box, project, {"logs", "fly", "--json"});
  REQUIRE(logs.exit_code == 0);
  CHECK_FALSE(logs.out.empty());
  auto first_line = json::parse(logs.out.substr(0, logs.out.find('\n')));
  CHECK(first_line.contains("message"));

  auto exec = run_cli_in(box, project, {"exec", "fly", "--", "echo", "hello"});
  CHECK(exec.exit_code == 0);
  CHECK(exec.out.find("hello") != std::string::npos);
}
