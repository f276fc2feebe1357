// Release-command, machine-check and console machines (conversion-cases.md §II).
#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::fly::test::comparable;
using raxol::fly::test::convert;
using raxol::fly::test::flyctl_vector;
using raxol::fly::test::load_reference;
using raxol::fly::test::test_options;

namespace {

// conversion-cases.md II.2's Go literal, written as fly.toml.
const char* const kReleaseApp = R"(app = "my-cool-app"

[env]
  PRIMARY_REGION = "scl"
  OTHER = "value"

[[metrics]]
  port = 9000
  path = "/prometheus"

[deploy]
  release_command = "touch sky"

[[mounts]]
  source = "data"
  destination = "/data"

[checks.alive]
  port = 8080
  type = "tcp"

[[statics]]
  guest_path = "/app/assets"
  url_prefix = "/statics"

[[services]]
  protocol = "tcp"
  internal_port = 8080
)";

json release(const raxol::fly::FlyConfig& config, const json& fallback = nullptr) {
  auto converted = raxol::fly::to_release_machine_config(config, test_options(), fallback);
  INFO((converted.ok() ? "" : converted.error().message));
  REQUIRE(converted.ok());
  return comparable(*converted);
}

json test_machine(const raxol::fly::FlyConfig& config, const raxol::fly::MachineCheck& check,
                  const json& target) {
  auto converted = raxol::fly::to_test_machine_config(config, check, target, test_options());
  INFO((converted.ok() ? "" : converted.error().message));
  REQUIRE(converted.ok());
  return comparable(*converted);
}

}  // namespace

TEST_CASE("fly config: II.1 release_command machine", "[fly][config][special]") {
  auto loaded = load_reference("tomachine.toml");
  CHECK(release(loaded.config) == flyctl_vector(R"({
    "init": {"cmd": ["migrate-db"], "swap_size_mb": 512},
    "env": {"FOO": "BAR", "PRIMARY_REGION": "mia", "RELEASE_COMMAND": "1",
            "FLY_PROCESS_GROUP": "fly_app_release_command"},
    "metadata": {"fly_platform_version": "v2", "fly_process_group": "fly_app_release_command"},
    "auto_destroy": true,
    "restart": {"policy": "no"},
    "dns": {"skip_registration": true},
    "stop_config": {"timeout": "10s", "signal": "SIGTERM"},
    "guest": {"cpu_kind": "performance", "cpus": 2, "memory_mb": 4096}})"));
}

TEST_CASE("fly config: II.2 app and release machines of a deploy", "[fly][config][special]") {
  auto loaded = raxol::fly::test::parse(kReleaseApp);
  // The vector's deploy additions (image, volume id, fly_release_*) belong to the deploy; the
  // rest is what fly.toml produces.
  CHECK(convert(loaded.config) == flyctl_vector(R"({
    "env": {"PRIMARY_REGION": "scl", "OTHER": "value", "FLY_PROCESS_GROUP": "app"},
    "init": {},
    "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
    "metrics": {"port": 9000, "path": "/prometheus"},
    "mounts": [{"name": "data", "path": "/data"}],
    "statics": [{"guest_path": "/app/assets", "url_prefix": "/statics", "tigris_bucket": "",
                 "index_document": ""}],
    "services": [{"protocol": "tcp", "internal_port": 8080, "force_instance_key": null}],
    "checks": {"alive": {"port": 8080, "type": "tcp"}}})"));

  json expected_release = flyctl_vector(R"({
    "init": {"cmd": ["touch", "sky"]},
    "env": {"PRIMARY_REGION": "scl", "OTHER": "value", "RELEASE_COMMAND": "1",
            "FLY_PROCESS_GROUP": "fly_app_release_command"},
    "metadata": {"fly_platform_version": "v2", "fly_process_group": "fly_app_release_command"},
    "restart": {"policy": "no"},
    "auto_destroy": true,
    "dns": {"skip_registration": true},
    "guest": {"cpu_kind": "shared", "cpus": 2, "memory_mb": 512}})");
  CHECK(release(loaded.config) == expected_release);

  // The caller's guest (the default group's largest machine) wins over shared-cpu-2x.
  json largest = {{"cpu_kind", "performance"}, {"cpus", 1}, {"memory_mb", 2048}};
  expected_release["guest"] = largest;
  CHECK(release(loaded.config, largest) == expected_release);
}

TEST_CASE("fly config: a release machine needs a release_command", "[fly][config][special]") {
  auto loaded = raxol::fly::test::parse("app = \"x\"\n");
  auto converted = raxol::fly::to_release_machine_config(loaded.config, test_options());
  REQUIRE_FALSE(converted.ok());
  CHECK(converted.error().message ==
        "fly.toml: deploy.release_command: expected a command line, found nothing");
}

TEST_CASE("fly config: II.3 machine-check machines", "[fly][config][special]") {
  auto loaded = load_reference("tomachine-machinechecks.toml");
  REQUIRE(loaded.config.http_service);
  REQUIRE(loaded.config.http_service->machine_checks.size() == 1);
  const auto& check = loaded.config.http_service->machine_checks.front();
  CHECK(test_machine(loaded.config, check, nullptr) == flyctl_vector(R"({
    "init": {"cmd": ["curl", "https://fly.io"], "swap_size_mb": 512, "entrypoint": ["/bin/sh"]},
    "image": "curlimages/curl",
    "env": {"PRIMARY_REGION": "mia", "FLY_TEST_COMMAND": "1",
            "FLY_PROCESS_GROUP": "fly_app_test_machine_command", "FLY_TEST_MACHINE_IP": ""},
    "metadata": {"fly_platform_version": "v2", "fly_process_group": "fly_app_test_machine_command"},
    "auto_destroy": true,
    "restart": {"policy": "no"},
    "dns": {"skip_registration": true},
    "stop_config": {}})"));

  SECTION("a check with its own image ignores the app's kill settings") {
    auto app = raxol::fly::test::parse("kill_signal = \"SIGABRT\"\nkill_timeout = \"60s\"\n" +
                                       raxol::test::read_file(raxol::test::reference_path(
                                           "fly/appconfig-testdata/tomachine-machinechecks.toml")));
    CHECK(test_machine(app.config, app.config.http_service->machine_checks.front(),
                       nullptr)["stop_config"] == json::object());
    auto own = app.config.http_service->machine_checks.front();
    own.kill_signal = "SIGTERM";
    own.kill_timeout = std::chrono::seconds(10);
    CHECK(test_machine(app.config, own, nullptr)["stop_config"] ==
          json{{"signal", "SIGTERM"}, {"timeout", "10s"}});
  }

  SECTION("a check without an image runs the target's image and inherits kill settings") {
    auto app = raxol::fly::test::parse(
        "app = \"foo\"\nkill_signal = \"SIGTERM\"\n"
        "kill_timeout = \"60s\"\n");
    raxol::fly::MachineCheck bare;
    bare.command = {"curl", "https://fly.io"};
    bare.entrypoint = std::vector<std::string>{"/bin/sh"};
    bare.kill_signal = "SIGABRT";
    bare.kill_timeout = std::chrono::seconds(30);
    json target = {{"config", {{"image", "nginx"}}}};
    json with_kill = test_machine(app.config, bare, target);
    CHECK(with_kill["image"] == "nginx");
    CHECK(with_kill["stop_config"] == json{{"signal", "SIGABRT"}, {"timeout", "30s"}});
    bare.kill_signal.reset();
    bare.kill_timeout.reset();
    CHECK(test_machine(app.config, bare, target)["stop_config"] ==
          json{{"signal", "SIGTERM"}, {"timeout", "1m0s"}});
  }
}

TEST_CASE("fly config: II.3 a check machine sees the target machine's env and IP",
          "[fly][config][special]") {
  auto loaded = load_reference("tomachine.toml");
  json target = {{"private_ip", "1.2.3.4"},
                 {"config", {{"env", {{"BAR", "BAZ"}}}, {"image", "nginx"}}}};
  json machine =
      test_machine(loaded.config, loaded.config.http_service->machine_checks.front(), target);
  CHECK(machine["env"] == json{{"PRIMARY_REGION", "mia"},
                               {"FLY_TEST_COMMAND", "1"},
                               {"FLY_PROCESS_GROUP", "fly_app_test_machine_command"},
                               {"FLY_TEST_MACHINE_IP", "1.2.3.4"},
                               {"FOO", "BAR"},
                               {"BAR", "BAZ"}});
  CHECK(machine["image"] == "curlimages/curl");
}

TEST_CASE("fly config: II.4 console machine", "[fly][config][special]") {
  auto loaded = load_reference("tomachine.toml");
  CHECK(comparable(raxol::fly::to_console_machine_config(loaded.config, test_options())) ==
        flyctl_vector(R"({
    "init": {"exec": ["/bin/sleep", "inf"], "swap_size_mb": 512},
    "env": {"FOO": "BAR", "PRIMARY_REGION": "mia", "FLY_PROCESS_GROUP": "fly_app_console"},
    "metadata": {"fly_platform_version": "v2", "fly_process_group": "fly_app_console"},
    "auto_destroy": true,
    "restart": {"policy": "no"},
    "dns": {"skip_registration": true}})"));
}
