// `config show` through the real binary: the machine config per process group, as JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_binary.h"

using nlohmann::json;
using raxol::test::reference_path;
using raxol::test::run_binary;
using raxol::test::source_path;

namespace {

// The first "error: " line on stderr, without the prefix.
std::string error_line(const std::string& err) {
  auto start = err.find("error: ");
  if (start == std::string::npos) return {};
  start += 7;
  return err.substr(start, err.find('\n', start) - start);
}

}  // namespace

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

