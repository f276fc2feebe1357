// `config validate` and `config show` through the real binary: exit codes, streams, JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using nlohmann::json;
using raxol::test::reference_path;
using raxol::test::run_binary;
using raxol::test::source_path;

namespace {

std::filesystem::path bad_inputs() { return source_path("tests/fixtures/fly"); }

// The first "error: " line on stderr, without the prefix.
std::string error_line(const std::string& err) {
  auto start = err.find("error: ");
  if (start == std::string::npos) return {};
  start += 7;
  return err.substr(start, err.find('\n', start) - start);
}

}  // namespace

TEST_CASE("config commands: validate reports a valid fly.toml", "[fly][config][commands]") {
  raxol::test::TempDir dir;
  std::filesystem::copy_file(reference_path("raxol/fly.toml"), dir / "fly.toml");

  auto human = run_binary({"config", "validate"}, {}, dir.path());
  CHECK(human.exit_code == 0);
  CHECK(human.out.empty());
  CHECK(human.err == "✓ fly.toml is valid: app raxol, process groups: app\n");

  auto with_c = run_binary({"-C", dir.path().string(), "config", "validate", "--json"});
  REQUIRE(with_c.exit_code == 0);
  CHECK(json::parse(with_c.out) == json{{"valid", true},
                                        {"file", "fly.toml"},
                                        {"app", "raxol"},
                                        {"primary_region", "sjc"},
                                        {"process_groups", {"app"}},
                                        {"warnings", json::array()}});
}

TEST_CASE("config commands: unknown keys are warnings", "[fly][config][commands]") {
  auto json_run =
      run_binary({"config", "validate", "--json", "unknown-keys.toml"}, {}, bad_inputs());
  REQUIRE(json_run.exit_code == 0);
  CHECK(json::parse(json_run.out) ==
        json::parse(R"({"valid":true,"file":"unknown-keys.toml","app":"raxol",
          "primary_region":"sjc","process_groups":["app"],"warnings":[
          {"location":"unknown-keys.toml:3:1","key":"bogus","message":"unknown key, ignored"},
          {"location":"unknown-keys.toml:7:3","key":"http_service.colour",
           "message":"unknown key, ignored"}]})"));

  auto human = run_binary({"config", "validate", "unknown-keys.toml"}, {}, bad_inputs());
  CHECK(human.exit_code == 0);
  CHECK(human.err.find("warning: unknown-keys.toml:3:1: bogus: unknown key, ignored\n") !=
        std::string::npos);
  CHECK(human.err.find("✓ unknown-keys.toml is valid: app raxol") != std::string::npos);
}

TEST_CASE("config commands: bad input exits 2 with FILE:LINE:COL", "[fly][config][commands]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"malformed.toml",
       "malformed.toml:3:17: Error while parsing key-value pair: expected value, saw '\\n'"},
      {"wrong-type.toml",
       "wrong-type.toml:4:19: http_service.internal_port: expected an integer from 1 to 65535, "
       "found \"8080\""},
      {"unknown-strategy.toml",
       "unknown-strategy.toml:4:14: deploy.strategy: expected one of rolling, immediate, canary, "
       "bluegreen, found \"rolling-eyes\""},
      {"port-out-of-range.toml",
       "port-out-of-range.toml:8:12: services[0].ports[0].port: expected an integer from 1 to "
       "65535, found 70000"},
      {"internal-port-out-of-range.toml",
       "internal-port-out-of-range.toml:4:19: http_service.internal_port: expected an integer "
       "from 1 to 65535, found 0"},
      {"missing-app.toml",
       "missing-app.toml:1:1: app: expected the Fly app name (app = \"NAME\"), found no app key"},
      {"undefined-process-group.toml",
       "undefined-process-group.toml:8:16: services[0].processes[0]: expected a process group "
       "defined in [processes] (web), found \"worker\""},
      {"bad-duration.toml",
       "bad-duration.toml:2:16: kill_timeout: expected a duration such as \"10s\" or \"1m30s\", "
       "found \"10 seconds\""},
      {"bad-memory.toml",
       "bad-memory.toml:4:12: vm[0].memory: expected a memory size such as \"512mb\" or \"1gb\", "
       "found \"lots\""},
      {"check-without-port.toml",
       "check-without-port.toml:3:1: checks.alive: Check 'alive' for process group 'app' has no "
       "port set and the group has no http_service to take it from"},
  };
  for (const auto& [file, message] : cases) {
    INFO(file);
    auto result = run_binary({"config", "validate", file}, {}, bad_inputs());
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(error_line(result.err) == message);

    auto as_json = run_binary({"--json", "config", "validate", file}, {}, bad_inputs());
    CHECK(as_json.exit_code == 2);
    auto document = json::parse(as_json.out);
    CHECK(document["error"]["kind"] == "config");
    CHECK(document["error"]["message"] == message);
  }
}

TEST_CASE("config commands: a missing fly.toml is a config error", "[fly][config][commands]") {
  raxol::test::TempDir dir;
  auto result = run_binary({"config", "validate"}, {}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(error_line(result.err) == "fly.toml: no such file");
}

TEST_CASE("config commands: show prints Raxol's machine config (§VI)", "[fly][config][commands]") {
  auto result = run_binary({"config", "show", "--json", reference_path("raxol/fly.toml").string()});
  REQUIRE(result.exit_code == 0);
  auto document = json::parse(result.out);
  CHECK(document["app"] == "raxol");
  CHECK(document["primary_region"] == "sjc");
  CHECK(document["file"] == reference_path("raxol/fly.toml").string());
  REQUIRE(document["process_groups"].size() == 1);
  const json& app = document["process_groups"]["app"];
  CHECK(app["guest"] == json{{"cpu_kind", "shared"}, {"cpus", 1}, {"memory_mb", 1024}});
  CHECK(app["env"]["PHX_HOST"] == "raxol.io");
  CHECK(app["env"]["RAXOL_SSH_HOST_KEYS_DIR"] == "/app/ssh_keys");
  CHECK(app["metadata"]["fly_flyctl_version"] == std::string("raxol-deploy/") + RAXOL_VERSION);
  REQUIRE(app["services"].size() == 2);
  const json& web = app["services"][0];
  CHECK(web["internal_port"] == 8080);
  CHECK(web["ports"] == json::parse(R"([{"port": 80, "handlers": ["http"], "force_https": true},
                                        {"port": 443, "handlers": ["http", "tls"]}])"));
  CHECK(web["concurrency"] ==
        json{{"type", "connections"}, {"soft_limit", 800}, {"hard_limit", 1000}});
  CHECK(web["autostop"] == "stop");
  CHECK(web["autostart"] == true);
  CHECK(web["min_machines_running"] == 1);
  CHECK(web["checks"][0]["path"] == "/health");
  CHECK(web["checks"][0]["type"] == "http");
  CHECK(app["services"][1] == json::parse(R"({"protocol": "tcp", "internal_port": 2222,
                                 "ports": [{"port": 2222}], "force_instance_key": null})"));
}

TEST_CASE("config commands: show in human mode prints the same JSON, pretty",
          "[fly][config][commands]") {
  auto human = run_binary({"config", "show", "examples/raxol/fly.toml"}, {}, source_path(""));
  auto machine =
      run_binary({"config", "show", "--json", "examples/raxol/fly.toml"}, {}, source_path(""));
  REQUIRE(human.exit_code == 0);
  REQUIRE(machine.exit_code == 0);
  CHECK(human.out.find("\n  \"process_groups\"") != std::string::npos);
  CHECK(json::parse(human.out) == json::parse(machine.out));
  CHECK(json::parse(human.out)["app"] == "raxol-example");
}

TEST_CASE("config commands: show --process-group", "[fly][config][commands]") {
  auto groups = reference_path("fly/appconfig-testdata/tomachine-processgroups.toml").string();
  auto all = run_binary({"config", "show", "--json", groups});
  REQUIRE(all.exit_code == 0);
  CHECK(json::parse(all.out)["process_groups"].size() == 3);

  auto one = run_binary({"config", "show", "--json", groups, "--process-group", "vpn"});
  REQUIRE(one.exit_code == 0);
  auto document = json::parse(one.out);
  REQUIRE(document["process_groups"].size() == 1);
  CHECK(document["process_groups"]["vpn"]["init"]["cmd"] == json{"run-tailscale"});

  auto unknown = run_binary({"config", "show", groups, "--process-group", "web"});
  CHECK(unknown.exit_code == 2);
  CHECK(error_line(unknown.err).find("--process-group web: no such process group in ") == 0);
  CHECK(error_line(unknown.err).find("(defined: app, foo, vpn)") != std::string::npos);
}

TEST_CASE("config commands: show does not need app, validate does", "[fly][config][commands]") {
  auto show = run_binary({"config", "show", "--json", "missing-app.toml"}, {}, bad_inputs());
  REQUIRE(show.exit_code == 0);
  CHECK(json::parse(show.out)["app"] == "");
  auto validate = run_binary({"config", "validate", "missing-app.toml"}, {}, bad_inputs());
  CHECK(validate.exit_code == 2);

  auto bad = run_binary({"config", "show", "unknown-strategy.toml"}, {}, bad_inputs());
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
}
