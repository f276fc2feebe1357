// Fly secrets end to end: the real binary sets, stages, deploys, lists and unsets secrets of an
// app in the sandbox, and the machines' environments show which values they booted with.
#include <catch2/catch.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

namespace {
const char* kV1 = "registry.fly.io/shop:v1";

// What `printenv NAME` prints in each app machine ("" when the variable is unset there).
std::set<std::string> seen_by_machines(SandboxFixture& box, const std::string& app,
                                       const std::string& name) {
  std::set<std::string> values;
  for (const auto& machine : box.app_machines(app)) {
    auto answer = box.fly_call("POST",
                               "/v1/apps/" + app + "/machines/" + machine.value("id", "") + "/exec",
                               {{"command", {"printenv", name}}});
    REQUIRE(answer.status == 200);
    auto result = json::parse(answer.body);
    values.insert(result["exit_code"] == 0 ? result.value("stdout", "") : "");
  }
  return values;
}

std::map<std::string, std::string> statuses(SandboxFixture& box, const FlyProject& project) {
  auto listed = run_cli_in(box, project, {"secrets", "list", "fly", "--json"});
  INFO(listed.err);
  REQUIRE(listed.exit_code == 0);
  std::map<std::string, std::string> result;
  const json document = json::parse(listed.out);
  for (const auto& secret : document["secrets"])
    result[secret["name"]] = secret["status"];
  return result;
}
}  // namespace

TEST_CASE("fly secrets: set restarts, --stage waits for deploy, list, unset", "[e2e][fly][secrets]") {
  SandboxFixture box;
  FlyProject project("shop");
  REQUIRE(run_cli_in(box, project, {"deploy", "fly", "--image", kV1}).exit_code == 0);

  // The default: stored, then every machine restarted with it through a new release.
  auto set = run_cli_in(box, project, {"--json", "secrets", "set", "fly", "SECRET_KEY_BASE=alpha-1"});
  INFO(set.err);
  REQUIRE(set.exit_code == 0);
  auto outcome = json::parse(set.out);
  CHECK(outcome["applied"] == "deployed");
  CHECK(outcome["release"] == "v2");
  CHECK(outcome["names"] == json::array({"SECRET_KEY_BASE"}));
  CHECK(seen_by_machines(box, project.app, "SECRET_KEY_BASE") == std::set<std::string>{"alpha-1\n"});
  CHECK(machine_images(box, project.app) == std::set<std::string>{kV1});  // only a restart
  CHECK_FALSE(any_lease_held(box, project.app));

  // Staged: stored, machines keep what they booted with.
  auto staged_stdin = run_binary({"-C", project.dir.path().string(), "--json", "secrets", "set",
                                  "fly", "DATABASE_URL=-", "--stage"},
                                 box.env(), {}, "ecto://db-user:pw@db/shop\n");
  INFO(staged_stdin.err);
  REQUIRE(staged_stdin.exit_code == 0);
  CHECK(json::parse(staged_stdin.out)["applied"] == "staged");
  CHECK(seen_by_machines(box, project.app, "DATABASE_URL") == std::set<std::string>{""});
  auto listed = statuses(box, project);
  CHECK(listed["SECRET_KEY_BASE"] == "deployed");
  CHECK(listed["DATABASE_URL"] == "staged");

  // `secrets deploy` applies what is staged.
  auto deployed = run_cli_in(box, project, {"secrets", "deploy", "fly"});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  CHECK(seen_by_machines(box, project.app, "DATABASE_URL") ==
        std::set<std::string>{"ecto://db-user:pw@db/shop\n"});
  listed = statuses(box, project);
  CHECK(listed["DATABASE_URL"] == "deployed");

  // A normal deploy afterwards keeps them deployed (it records what it deployed with).
  REQUIRE(run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/shop:v2"})
              .exit_code == 0);
  CHECK(statuses(box, project)["DATABASE_URL"] == "deployed");

  // A machine still on a release made before the value changed: the secret is partial.
  const std::string first_machine = box.app_machines(project.app).front().value("id", "");
  REQUIRE(box.fly_call("POST", "/v1/apps/shop/machines/" + first_machine +
                                   "/metadata/fly_release_version",
                       {{"value", "1"}})
              .status < 300);
  CHECK(statuses(box, project)["DATABASE_URL"] == "partial");
  CHECK(statuses(box, project)["SECRET_KEY_BASE"] == "partial");
  REQUIRE(run_cli_in(box, project, {"secrets", "deploy", "fly"}).exit_code == 0);
  CHECK(statuses(box, project)["DATABASE_URL"] == "deployed");

  // Unset is destructive: refused without --yes when nobody can answer.
  auto refused = run_cli_in(box, project, {"secrets", "unset", "fly", "DATABASE_URL"});
  CHECK(refused.exit_code == 2);
  CHECK(statuses(box, project).count("DATABASE_URL") == 1);
  // A name that is not set changes nothing, even alongside a real one.
  auto typo = run_cli_in(box, project, {"secrets", "unset", "fly", "DATABASE_URL", "DATABSE_URL", "--yes"});
  CHECK(typo.exit_code != 0);
  CHECK(typo.err.find("DATABSE_URL") != std::string::npos);
  CHECK(statuses(box, project).count("DATABASE_URL") == 1);

  auto unset = run_cli_in(box, project, {"secrets", "unset", "fly", "DATABASE_URL", "--yes"});
  INFO(unset.err);
  REQUIRE(unset.exit_code == 0);
  CHECK(statuses(box, project).count("DATABASE_URL") == 0);
  CHECK(seen_by_machines(box, project.app, "DATABASE_URL") == std::set<std::string>{""});
}

TEST_CASE("fly secrets: bad input and a failing API are clear errors", "[e2e][fly][secrets]") {
  SandboxFixture box;
  FlyProject project("shop");
  REQUIRE(run_cli_in(box, project, {"deploy", "fly", "--image", kV1}).exit_code == 0);

  auto bad_name = run_cli_in(box, project, {"secrets", "set", "fly", "1BAD=x"});
  CHECK(bad_name.exit_code == 2);
  CHECK(bad_name.err.find("1BAD") != std::string::npos);
  auto no_value = run_cli_in(box, project, {"secrets", "set", "fly", "JUST_A_NAME"});
  CHECK(no_value.exit_code == 2);
  auto wrong_env = run_cli_in(box, project, {"secrets", "list", "fly", "--env", "preview"});
  CHECK(wrong_env.exit_code == 2);

  box.add_fault({{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps/shop/secrets"},
                 {"status", 500}, {"body", {{"error", "secrets store unavailable"}}}});
  auto failed = run_cli_in(box, project, {"secrets", "set", "fly", "TOKEN=zzz-do-not-print"});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("500") != std::string::npos);
  CHECK(failed.err.find("secrets store unavailable") != std::string::npos);
  CHECK(failed.err.find("zzz-do-not-print") == std::string::npos);
  CHECK(box.fly_get("/v1/apps/shop/secrets")["secrets"].empty());
}
