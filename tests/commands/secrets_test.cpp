// `secrets`: values from a file, names (never values) in output and audit, confirmation for
// unset, and bad names refused before any request.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fly_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("secrets command: --from-env-file sets names and the audit keeps no value",
          "[commands][secrets]") {
  SandboxFixture box;
  FlyProject project("secrets-file");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/s:v1"}).exit_code ==
      0);
  write_file(project.dir / "prod.env",
             "DATABASE_URL=postgres://hidden-value-42\nAPI_KEY=k-secret-43\n");
  auto set = run_cli_in(
      box, project,
      {"--json", "secrets", "set", "fly", "--from-env-file", (project.dir / "prod.env").string()});
  INFO(set.err);
  REQUIRE(set.exit_code == 0);
  const json outcome = json::parse(set.out);
  CHECK(outcome["target"] == "fly");
  CHECK(outcome["names"] == json::array({"API_KEY", "DATABASE_URL"}));
  CHECK(set.out.find("hidden-value-42") == std::string::npos);

  auto listed = run_cli_in(box, project, {"--json", "secrets", "list", "fly"});
  REQUIRE(listed.exit_code == 0);
  std::set<std::string> names;
  const json listed_document = json::parse(listed.out);
  for (const auto& secret : listed_document["secrets"])
    names.insert(secret["name"].get<std::string>());
  CHECK(names == std::set<std::string>{"API_KEY", "DATABASE_URL"});
  CHECK(listed.out.find("k-secret-43") == std::string::npos);

  auto history = run_cli_in(box, project, {"--json", "history", "-n", "1"});
  const json entry = json::parse(history.out)["history"].at(0);
  CHECK(entry["action"] == "secrets set");
  CHECK(entry["details"]["names"].size() == 2);
  CHECK(history.out.find("hidden-value-42") == std::string::npos);
  CHECK(read_file(project.dir / ".raxol" / "audit.jsonl").find("k-secret-43") == std::string::npos);
}

TEST_CASE("secrets command: unset needs --yes and removes only the named secret",
          "[commands][secrets]") {
  SandboxFixture box;
  FlyProject project("secrets-unset");
  REQUIRE(
      run_cli_in(box, project, {"deploy", "fly", "--image", "registry.fly.io/s:v1"}).exit_code ==
      0);
  REQUIRE(run_cli_in(box, project, {"secrets", "set", "fly", "KEEP=1", "DROP=2"}).exit_code == 0);
  auto refused = run_cli_in(box, project, {"secrets", "unset", "fly", "DROP"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("--yes") != std::string::npos);
  CHECK(box.fly_get("/v1/apps/secrets-unset/secrets")["secrets"].size() == 2);

  auto removed = run_cli_in(box, project, {"--json", "--yes", "secrets", "unset", "fly", "DROP"});
  INFO(removed.err);
  REQUIRE(removed.exit_code == 0);
  CHECK(json::parse(removed.out)["names"] == json::array({"DROP"}));
  auto listed = run_cli_in(box, project, {"--json", "secrets", "list", "fly"});
  const json secrets = json::parse(listed.out)["secrets"];
  REQUIRE(secrets.size() == 1);
  CHECK(secrets[0]["name"] == "KEEP");
}

TEST_CASE("secrets command: bad names and missing arguments are usage errors",
          "[commands][secrets]") {
  SandboxFixture box;
  FlyProject project("secrets-bad");
  auto bad_unset = run_cli_in(box, project, {"--yes", "secrets", "unset", "fly", "has space"});
  CHECK(bad_unset.exit_code == 2);
  CHECK(bad_unset.err.find("not a secret name: 'has space'") != std::string::npos);
  auto no_names = run_cli_in(box, project, {"secrets", "unset", "fly"});
  CHECK(no_names.exit_code == 2);
  auto no_target = run_cli_in(box, project, {"secrets", "list"});
  CHECK(no_target.exit_code == 2);
  auto missing_file = run_cli_in(
      box, project,
      {"secrets", "set", "fly", "--from-env-file", (project.dir / "absent.env").string()});
  CHECK(missing_file.exit_code != 0);
  CHECK(missing_file.err.find("absent.env") != std::string::npos);
  CHECK(fly_mutations(box).empty());
}
