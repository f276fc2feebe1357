// Conversion details the flyctl vectors do not reach: files, restart, port options, top-level
// check rewriting, machine_config files and [deploy] timeouts.
#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::Duration;
using raxol::fly::test::convert;
using raxol::fly::test::parse;
using namespace std::chrono_literals;

TEST_CASE("fly config: [[files]] become base64 files and later entries win",
          "[fly][config][conversion]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(dir / "conf" / "app.yaml", "key: value\n");
  raxol::test::write_file(dir / "fly.toml", R"(app = "files"
[[files]]
  guest_path = "/etc/hello.txt"
  raw_value = "hello world\n"
[[files]]
  guest_path = "/etc/secret"
  secret_name = "SUPER_SECRET"
[[files]]
  guest_path = "/etc/app.yaml"
  local_path = "conf/app.yaml"
[[files]]
  guest_path = "/etc/secret"
[[files]]
  guest_path = "/etc/web-only"
  raw_value = "x"
  processes = ["web"]
)");
  auto loaded = raxol::fly::load_fly_toml(dir / "fly.toml", "fly.toml");
  REQUIRE(loaded.ok());
  CHECK(convert(loaded->config)["files"] ==
        json::parse(R"([{"guest_path": "/etc/hello.txt", "raw_value": "aGVsbG8gd29ybGQK"},
                        {"guest_path": "/etc/app.yaml", "raw_value": "a2V5OiB2YWx1ZQo="}])"));

  raxol::test::write_file(dir / "fly.toml",
                          "[[files]]\nguest_path = \"/x\"\nlocal_path = \"missing.txt\"\n");
  auto missing = raxol::fly::load_fly_toml(dir / "fly.toml", "fly.toml");
  REQUIRE(missing.ok());
  auto converted =
      raxol::fly::to_machine_config(missing->config, "", raxol::fly::test::test_options());
  REQUIRE_FALSE(converted.ok());
  CHECK(converted.error().message ==
        "fly.toml:3:14: files[0].local_path: expected a readable file, found \"missing.txt\"");
}

TEST_CASE("fly config: restart / metrics and swap", "[fly][config][conversion]") {
  json machine = convert(parse("swap_size_mb = 0\n[[restart]]\npolicy = \"never\"\nretries = 2\n"
                               "[[restart]]\npolicy = \"on-failure\"\nretries = 5\n"
                               "[[metrics]]\nport = 9091\npath = \"/m\"\nhttps = true\n")
                             .config);
  CHECK(machine["restart"] == json{{"policy", "on-failure"}, {"max_retries", 5}});  // last wins
  CHECK(machine["metrics"] == json{{"port", 9091}, {"path", "/m"}, {"https", true}});
  CHECK(machine["init"] == json{{"swap_size_mb", 0}});
  CHECK(convert(parse("[[restart]]\npolicy = \"never\"\n").config)["restart"] ==
        json{{"policy", "no"}});
}

TEST_CASE("fly config: http_service options reach its ports", "[fly][config][conversion]") {
  json machine = convert(parse(R"([http_service]
  internal_port = 3000
  auto_stop_machines = "suspend"
  [http_service.tls_options]
    alpn = ["h2"]
    default_self_signed = false
  [http_service.http_options]
    h2_backend = true
    [http_service.http_options.response]
      pristine = true
)")
                             .config);
  CHECK(machine["services"][0] == json::parse(R"({
    "protocol": "tcp", "internal_port": 3000, "autostop": "suspend", "force_instance_key": null,
    "ports": [
      {"port": 80, "handlers": ["http"],
       "http_options": {"h2_backend": true, "response": {"pristine": true}}},
      {"port": 443, "handlers": ["http", "tls"],
       "http_options": {"h2_backend": true, "response": {"pristine": true}},
       "tls_options": {"alpn": ["h2"], "default_self_signed": false}}]})"));
}

TEST_CASE("fly config: port ranges and service checks", "[fly][config][conversion]") {
  json service = convert(parse(R"([[services]]
  internal_port = 5000
  protocol = "udp"
  [[services.ports]]
    start_port = 10000
    end_port = 10100
  [[services.http_checks]]
    method = "get"
    path = "/up"
    tls_skip_verify = false
    [services.http_checks.headers]
      Host = "example.com"
)")
                             .config)["services"][0];
  CHECK(service["ports"] == json::parse(R"([{"start_port": 10000, "end_port": 10100}])"));
  // Service checks keep the method as written; only top-level checks upper-case it.
  CHECK(service["checks"] == json::parse(R"([{"type": "http", "method": "get", "path": "/up",
    "tls_skip_verify": false, "headers": [{"name": "Host", "values": ["example.com"]}]}])"));

  json checks = convert(parse("[checks.web]\ntype = \"http\"\nport = 80\nmethod = \"get\"\n"
                              "tls_server_name = \"a.b\"\n[checks.web.headers]\nX = 1\n")
                            .config)["checks"];
  CHECK(checks["web"] == json::parse(R"({"type": "http", "port": 80, "method": "GET",
    "tls_server_name": "a.b", "headers": [{"name": "X", "values": ["1"]}]})"));
}

TEST_CASE("fly config: machine_config from a JSON file beside fly.toml",
          "[fly][config][conversion]") {
  raxol::test::TempDir dir;
  raxol::test::write_file(
      dir / "machine.json",
      R"({"schedule": "daily", "env": {"DROPPED": "1"}, "init": {"tty": true}})");
  raxol::test::write_file(dir / "fly.toml", "app = \"x\"\nmachine_config = \"machine.json\"\n");
  auto loaded = raxol::fly::load_fly_toml(dir / "fly.toml", "fly.toml");
  REQUIRE(loaded.ok());
  json machine = convert(loaded->config);
  CHECK(machine["schedule"] == "daily");
  CHECK(machine["init"] == json{{"tty", true}});
  CHECK(machine["env"] == json{{"FLY_PROCESS_GROUP", "app"}});  // fly.toml's env wins

  CHECK(
      raxol::fly::test::parse_failure("[experimental]\nmachine_config = \"{not json\"\n").message ==
      "fly.toml:2:18: experimental.machine_config: expected a JSON object or the path of a "
      ".json file, found \"{not json\"");
}

TEST_CASE("fly config: [deploy] timeouts", "[fly][config][load]") {
  auto deploy = parse(
                    "[deploy]\nwait_timeout = 90\nrelease_command_timeout = \"none\"\n"
                    "seed_command = \"bin/seed\"\n")
                    .config.deploy;
  REQUIRE(deploy);
  CHECK(deploy->wait_timeout == Duration(90s));  // integers are seconds
  CHECK(deploy->release_command_timeout_none);
  CHECK_FALSE(deploy->release_command_timeout);
  CHECK(deploy->seed_command == "bin/seed");
  CHECK(parse("[deploy]\nrelease_command_timeout = \"10m\"\n")
            .config.deploy->release_command_timeout == Duration(10min));
}
