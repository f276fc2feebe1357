// Raxol's real fly.toml (conversion-cases.md §VI) and the example project's copy.
#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::fly::test::convert;
using raxol::fly::test::flyctl_vector;

namespace {

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

}  // namespace

TEST_CASE("fly config: VI Raxol's fly.toml", "[fly][config][raxol]") {
  auto loaded =
      raxol::fly::load_fly_toml(raxol::test::reference_path("raxol/fly.toml"), "fly.toml");
  REQUIRE(loaded.ok());
  CHECK(loaded->warnings.empty());
  raxol::Diagnostics warnings;
  CHECK(raxol::fly::validate_fly_config(*loaded, true, warnings).ok());
  CHECK(convert(loaded->config) == flyctl_vector(kRaxolVector));
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
