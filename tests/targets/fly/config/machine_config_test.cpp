// fly.toml -> machine config, against flyctl's ToMachineConfig vectors (conversion-cases.md §I),
// Raxol's real fly.toml (§VI) and the example project's copy.
#include "targets/fly/config/machine_config.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/fly/config/process_groups.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::fly::test::comparable;
using raxol::fly::test::convert;
using raxol::fly::test::flyctl_vector;
using raxol::fly::test::load_reference;

namespace {

const char* const kToMachineVector = R"({
  "env": {"FOO": "BAR", "PRIMARY_REGION": "mia", "FLY_PROCESS_GROUP": "app"},
  "init": {"swap_size_mb": 512},
  "metadata": {"fly_platform_version": "v2", "fly_process_group": "app", "fly_flyctl_version": "x"},
  "mounts": [{"path": "/data", "name": "data"}],
  "services": [{
    "protocol": "tcp", "internal_port": 8080,
    "ports": [
      {"port": 80,  "handlers": ["http"], "force_https": true},
      {"port": 443, "handlers": ["http", "tls"]}
    ],
    "force_instance_key": null
  }],
  "metrics": {"port": 9999, "path": "/metrics"},
  "checks": {
    "listening": {"port": 8080, "type": "tcp"},
    "status": {"port": 8080, "type": "http", "interval": "10s", "timeout": "1s", "path": "/status"}
  },
  "statics": [{"guest_path": "/guest/path", "url_prefix": "/url/prefix",
               "tigris_bucket": "example-bucket", "index_document": "index.html"}],
  "restart": {"policy": "always"},
  "dns": {"nameservers": ["1.2.3.4"]},
  "stop_config": {"timeout": "10s", "signal": "SIGTERM"}
})";

json metadata(const std::string& group) {
  return {{"fly_platform_version", "v2"}, {"fly_process_group", group}};
}

std::string read_reference(const std::string& name) {
  return raxol::test::read_file(raxol::test::reference_path("fly/appconfig-testdata/" + name));
}

}  // namespace

TEST_CASE("fly config: I.1 tomachine.toml converts to flyctl's machine config",
          "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine.toml");
  CHECK(convert(loaded.config) == flyctl_vector(kToMachineVector));
  CHECK(convert(loaded.config, "app") == flyctl_vector(kToMachineVector));
}

TEST_CASE("fly config: I.2 update keeps unmanaged fields of the existing machine",
          "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine.toml");
  json existing = json::parse(R"({
    "guest": {"cpus": 3}, "schedule": "24/7", "auto_destroy": true,
    "restart": {"policy": "always"}, "dns": {"skip_registration": true},
    "env": {"removed": "by-update"}, "mounts": [{"name": "removed", "path": "/by/update"}],
    "metadata": {"retain": "propagated"}, "init": {"cmd": ["removed", "by", "update"]}})");
  auto converted =
      raxol::fly::to_machine_config(loaded.config, "", raxol::fly::test::test_options());
  REQUIRE(converted.ok());
  REQUIRE_FALSE(raxol::fly::fly_toml_sets_guest(loaded.config, "app"));
  json merged = comparable(raxol::fly::merge_machine_config(*converted, existing, false));

  json expected = flyctl_vector(kToMachineVector);
  expected["guest"] = {{"cpus", 3}};
  expected["schedule"] = "24/7";
  expected["auto_destroy"] = true;
  expected["dns"] = {{"skip_registration", true}, {"nameservers", {"1.2.3.4"}}};
  expected["metadata"]["retain"] = "propagated";
  CHECK(merged == expected);
  CHECK_FALSE(merged["init"].contains("cmd"));
}

TEST_CASE("fly config: I.3 an empty fly.toml nulls every managed field",
          "[fly][config][conversion]") {
  auto loaded = raxol::fly::test::parse("");
  json existing = json::parse(R"({
    "env": {"OLD": "1"}, "metrics": {"port": 9, "path": "/m"},
    "services": [{"protocol": "tcp", "internal_port": 1}],
    "checks": {"c": {"type": "tcp", "port": 1}},
    "statics": [{"guest_path": "/a", "url_prefix": "/b", "tigris_bucket": "", "index_document": ""}],
    "mounts": [{"name": "data", "path": "/data"}], "files": [{"guest_path": "/f"}],
    "stop_config": {"signal": "SIGINT"}, "restart": {"policy": "no"},
    "image": "keep/me:1", "standbys": ["m1"]})");
  auto converted =
      raxol::fly::to_machine_config(loaded.config, "", raxol::fly::test::test_options());
  REQUIRE(converted.ok());
  json merged = comparable(raxol::fly::merge_machine_config(*converted, existing, false));
  json expected = {{"env", {{"FLY_PROCESS_GROUP", "app"}}},
                   {"init", json::object()},
                   {"metadata", metadata("app")},
                   {"image", "keep/me:1"},
                   {"standbys", {"m1"}}};
  CHECK(merged == expected);
}

TEST_CASE("fly config: I.4 [experimental] cmd/entrypoint/exec and [processes] winning",
          "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-experimental.toml");
  CHECK(convert(loaded.config)["init"] ==
        json::parse(R"({"exec": ["ignore","others"], "entrypoint": ["/IgoFirst"],
                        "cmd": ["/call","me"]})"));

  auto with_processes =
      raxol::fly::test::parse(read_reference("tomachine-experimental.toml") +
                              "\n[processes]\napp = \"/override experimental\"\n");
  CHECK(convert(with_processes.config)["init"] ==
        json::parse(R"({"exec": ["ignore","others"], "entrypoint": ["/IgoFirst"],
                        "cmd": ["/override","experimental"]})"));
}

TEST_CASE("fly config: I.5 process groups get their own services and checks",
          "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-processgroups.toml");
  CHECK(raxol::fly::process_group_names(loaded.config) ==
        std::vector<std::string>{"app", "foo", "vpn"});
  json http_service = json::parse(R"({"protocol": "tcp", "internal_port": 8080,
    "ports": [{"port": 80, "handlers": ["http"]}, {"port": 443, "handlers": ["http", "tls"]}],
    "force_instance_key": null})");
  json tcp_1111 = {{"protocol", "tcp"}, {"internal_port", 1111}, {"force_instance_key", nullptr}};
  json udp_9999 = {{"protocol", "udp"}, {"internal_port", 9999}, {"force_instance_key", nullptr}};
  json listening = {{"listening", {{"port", 8080}, {"type", "tcp"}}}};
  auto env = [](const std::string& group) {
    return json{{"FLY_PROCESS_GROUP", group}, {"PRIMARY_REGION", "ord"}};
  };

  CHECK(convert(loaded.config, "app") == json{{"env", env("app")},
                                              {"init", {{"cmd", {"run-nginx"}}}},
                                              {"metadata", metadata("app")},
                                              {"services", {http_service, tcp_1111}},
                                              {"checks", listening}});
  CHECK(convert(loaded.config, "vpn") == json{{"env", env("vpn")},
                                              {"init", {{"cmd", {"run-tailscale"}}}},
                                              {"metadata", metadata("vpn")},
                                              {"services", {udp_9999, tcp_1111}}});
  CHECK(convert(loaded.config, "foo") == json{{"env", env("foo")},
                                              {"init", {{"cmd", {"keep", "me", "alive"}}}},
                                              {"metadata", metadata("foo")},
                                              {"services", {tcp_1111}},
                                              {"checks", listening}});
}

TEST_CASE("fly config: I.6 default fly.toml for new apps - a check without a port",
          "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-default-for-new-apps.toml");
  CHECK(convert(loaded.config) == flyctl_vector(R"({
    "env": {"PRIMARY_REGION": "ord", "FLY_PROCESS_GROUP": "app"},
    "init": {},
    "metadata": {"fly_platform_version": "v2", "fly_process_group": "app", "fly_flyctl_version": "x"},
    "services": [{"protocol": "tcp", "internal_port": 8080,
      "ports": [{"port": 80, "handlers": ["http"], "force_https": true},
                {"port": 443, "handlers": ["http", "tls"]}],
      "force_instance_key": null}],
    "checks": {"alive": {"port": 8080, "type": "tcp", "interval": "15s", "timeout": "2s",
                         "grace_period": "5s"}}})"));

  auto without_http = raxol::fly::test::parse(
      "app = \"foo\"\nprimary_region = \"ord\"\n\n[checks]\n  [checks.alive]\n    type = "
      "\"tcp\"\n");
  auto converted =
      raxol::fly::to_machine_config(without_http.config, "", raxol::fly::test::test_options());
  REQUIRE_FALSE(converted.ok());
  CHECK(converted.error().kind == raxol::ErrorKind::config);
  CHECK(converted.error().message ==
        "fly.toml:5:3: checks.alive: Check 'alive' for process group 'app' has no port set and "
        "the group has no http_service to take it from");
}

TEST_CASE("fly config: I.7 mounts follow their process groups", "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-mounts.toml");
  json data = json::array({{{"path", "/data"}, {"name", "data"}}});
  CHECK(convert(loaded.config)["mounts"] == data);
  CHECK(convert(loaded.config, "app")["mounts"] == data);
  CHECK(convert(loaded.config, "back")["mounts"] ==
        json::array({{{"path", "/trash"}, {"name", "trash"}}}));
  CHECK_FALSE(convert(loaded.config, "hola").contains("mounts"));
}

TEST_CASE("fly config: I.8 autostop/autostart / set and unset", "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-services.toml");
  CHECK(convert(loaded.config)["services"] == flyctl_vector(R"([
    {"protocol":"tcp","internal_port":8080,"autostop":true,"autostart":true,
     "ports":[{"port":80,"handlers":["http"],"force_https":true},{"port":443,"handlers":["http","tls"]}],
     "force_instance_key":null},
    {"protocol":"tcp","internal_port":1000,"autostop":true,"autostart":true,"force_instance_key":null},
    {"protocol":"tcp","internal_port":1001,"autostop":false,"autostart":false,"force_instance_key":null},
    {"protocol":"tcp","internal_port":1002,"autostart":false,"force_instance_key":null},
    {"protocol":"tcp","internal_port":1003,"autostop":true,"force_instance_key":null},
    {"protocol":"tcp","internal_port":1004,"force_instance_key":null}])"));
  // The deliberate deviation: the OpenAPI string form, not flyctl's booleans.
  auto raw = raxol::fly::to_machine_config(loaded.config, "", raxol::fly::test::test_options());
  REQUIRE(raw.ok());
  CHECK((*raw)["services"][2]["autostop"] == "off");
}

TEST_CASE("fly config: I.9 [[vm]]/[[compute]] per process group", "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-compute.toml");
  json shared_2x = {{"cpu_kind", "shared"}, {"cpus", 2}, {"memory_mb", 512}};
  CHECK(convert(loaded.config, "app")["guest"] == shared_2x);     // [[vm]] without processes
  CHECK(convert(loaded.config, "worker")["guest"] == shared_2x);  // applies to every group
  // gpu_kind without size starts from performance-8x; memory "64gb" then overrides it.
  CHECK(convert(loaded.config, "whisper")["guest"] == json{{"cpu_kind", "performance"},
                                                           {"cpus", 8},
                                                           {"memory_mb", 65536},
                                                           {"gpu_kind", "a100-pcie-40gb"}});
  CHECK(convert(loaded.config, "isolated")["guest"] ==
        json{{"cpu_kind", "shared"},
             {"cpus", 1},
             {"memory_mb", 256},
             {"host_dedication_id", "lookma-iamsolo"}});
  CHECK(raxol::fly::fly_toml_sets_guest(loaded.config, "worker"));
}

TEST_CASE("fly config: I.10 a group without a [[vm]] gets no guest", "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-compute-nodefault.toml");
  CHECK_FALSE(convert(loaded.config, "app").contains("guest"));
  CHECK_FALSE(convert(loaded.config, "woo").contains("guest"));
  CHECK(convert(loaded.config, "bar")["guest"] ==
        json{{"cpu_kind", "performance"}, {"cpus", 4}, {"memory_mb", 8192}});
  CHECK_FALSE(raxol::fly::fly_toml_sets_guest(loaded.config, "woo"));
}

TEST_CASE("fly config: I.11 host_dedication_id / top level and per [[vm]]",
          "[fly][config][conversion]") {
  auto loaded = load_reference("tomachine-hostdedicationid.toml");
  CHECK(raxol::fly::flatten_for_group(loaded.config, "front").host_dedication_id == "toplevel");
  CHECK(raxol::fly::flatten_for_group(loaded.config, "back").host_dedication_id == "specific");
  CHECK(raxol::fly::flatten_for_group(loaded.config, "other").host_dedication_id == "toplevel");
  CHECK_FALSE(convert(loaded.config, "front").contains("guest"));
  CHECK(convert(loaded.config, "back")["guest"] == json{{"cpu_kind", "shared"},
                                                        {"cpus", 1},
                                                        {"memory_mb", 256},
                                                        {"host_dedication_id", "specific"}});
  CHECK(convert(loaded.config, "other")["guest"] == json{{"cpu_kind", "shared"},
                                                         {"cpus", 4},
                                                         {"memory_mb", 1024},
                                                         {"host_dedication_id", "toplevel"}});
}

namespace raxol_vector {

// §VI minus what the deploy adds (image, fly_release_id, fly_release_version).
const char* const kRaxolVector = R"({
  "env": {"PHX_HOST": "raxol.io", "PORT": "8080", "RAXOL_MODE": "minimal",
          "RAXOL_SSH_PLAYGROUND": "true", "RAXOL_SSH_PORT": "2222",
          "RAXOL_SSH_MAX_CONNECTIONS": "50", "RAXOL_SSH_HOST_KEYS_DIR": "/app/ssh_keys",
          "FLY_PROCESS_GROUP": "app", "PRIMARY_REGION": "sjc"},
  "init": {},
  "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
  "services": [
    {"protocol": "tcp", "internal_port": 8080, "autostop": true, "autostart": true,
     "min_machines_running": 1,
     "ports": [{"port": 80, "handlers": ["http"], "force_https": true},
               {"port": 443, "handlers": ["http", "tls"]}],
     "checks": [{"type": "http", "interval": "30s", "timeout": "5s", "grace_period": "10s",
                 "method": "GET", "path": "/health"}],
     "concurrency": {"type": "connections", "hard_limit": 1000, "soft_limit": 800},
     "force_instance_key": null},
    {"protocol": "tcp", "internal_port": 2222, "ports": [{"port": 2222}],
     "force_instance_key": null}
  ],
  "stop_config": {"signal": "SIGTERM"},
  "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 1024}
})";

}  // namespace raxol_vector

TEST_CASE("fly config: VI Raxol's fly.toml", "[fly][config][raxol]") {
  auto loaded =
      raxol::fly::load_fly_toml(raxol::test::reference_path("raxol/fly.toml"), "fly.toml");
  REQUIRE(loaded.ok());
  CHECK(loaded->warnings.empty());
  raxol::Diagnostics warnings;
  CHECK(raxol::fly::validate_fly_config(*loaded, true, warnings).ok());
  CHECK(convert(loaded->config) == flyctl_vector(raxol_vector::kRaxolVector));
  REQUIRE(loaded->config.build);
  CHECK(loaded->config.build->dockerfile == "docker/Dockerfile.web");
  CHECK(loaded->config.build->ignorefile == ".dockerignore");
  CHECK_FALSE(loaded->config.deploy);  // release_command is commented out: no release machine
}

TEST_CASE("fly config: the example project's fly.toml", "[fly][config][raxol]") {
  auto loaded = raxol::fly::load_fly_toml(raxol::test::source_path("examples/raxol/fly.toml"),
                                          "examples/raxol/fly.toml");
  REQUIRE(loaded.ok());
  CHECK(loaded->warnings.empty());
  raxol::Diagnostics warnings;
  CHECK(raxol::fly::validate_fly_config(*loaded, true, warnings).ok());
  json app = convert(loaded->config);
  CHECK(app["guest"] == json{{"cpu_kind", "shared"}, {"cpus", 1}, {"memory_mb", 1024}});
  CHECK(app["stop_config"] == json{{"signal", "SIGTERM"}, {"timeout", "30s"}});
  REQUIRE(app["services"].size() == 1);
  CHECK(app["services"][0]["min_machines_running"] == 0);  // set to 0, so written
  CHECK(app["services"][0]["concurrency"] ==
        json{{"type", "connections"}, {"hard_limit", 1000}, {"soft_limit", 1000}});
  CHECK(app["env"]["PRIMARY_REGION"] == "sjc");
  REQUIRE(loaded->config.deploy);
  CHECK(loaded->config.deploy->strategy == "rolling");
  CHECK(loaded->config.deploy->wait_timeout == raxol::Duration(std::chrono::minutes(2)));

  auto release =
      raxol::fly::to_release_machine_config(loaded->config, raxol::fly::test::test_options());
  REQUIRE(release.ok());
  CHECK((*release)["init"]["cmd"] == json{"/app/bin/migrate"});
  CHECK((*release)["guest"] == json{{"cpu_kind", "shared"}, {"cpus", 2}, {"memory_mb", 512}});
}
