// [build], [deploy], [env], [processes] and [experimental], with flyctl's legacy patches
// (build_target, [[processes]] entries, experimental kill_timeout and metrics).
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::fly::test::parse;
using raxol::fly::test::parse_failure;
using raxol::fly::test::validation_failure;

TEST_CASE("fly load sections: bad [deploy] values name the key", "[fly][config][errors]") {
  CHECK(parse_failure("[deploy]\nwait_timeout = \"-1s\"\n").message ==
        "fly.toml:2:16: deploy.wait_timeout: expected a duration such as \"10s\" or \"1m30s\", "
        "found \"-1s\"");
  CHECK(parse_failure("[deploy.release_command_vm]\nmemory = true\n").message ==
        "fly.toml:2:10: deploy.release_command_vm.memory: expected a size such as \"1gb\" or "
        "\"512mb\", found true");
  CHECK(parse_failure("processes = 3\n").message.find("processes: expected a table of commands") !=
        std::string::npos);
}

TEST_CASE("fly load sections: [deploy] fields and release_command_timeout none",
          "[fly][config]") {
  auto loaded = parse("[deploy]\n  strategy = \"canary\"\n  max_unavailable = 0.5\n"
                      "  release_command = \"bin/migrate\"\n  release_command_timeout = \"none\"\n"
                      "  [deploy.release_command_vm]\n    size = \"shared-cpu-2x\"\n");
  REQUIRE(loaded.config.deploy);
  const auto& deploy = *loaded.config.deploy;
  CHECK(deploy.strategy == "canary");
  CHECK(deploy.max_unavailable == 0.5);
  CHECK(deploy.release_command == "bin/migrate");
  CHECK(deploy.release_command_timeout_none);
  CHECK_FALSE(deploy.release_command_timeout.has_value());
  REQUIRE(deploy.release_command_vm);
  CHECK(deploy.release_command_vm->size == "shared-cpu-2x");
  auto timed = parse("[deploy]\n  release_command_timeout = \"5m\"\n");
  CHECK_FALSE(timed.config.deploy->release_command_timeout_none);
  CHECK(timed.config.deploy->release_command_timeout == raxol::Duration(std::chrono::minutes(5)));
}

TEST_CASE("fly load sections: [build] with the legacy build_target winning", "[fly][config]") {
  auto loaded = parse("[build]\n  dockerfile = \"Dockerfile.web\"\n  build-target = \"new\"\n"
                      "  build_target = \"old\"\n  [build.compose]\n    file = \"c.yml\"\n");
  REQUIRE(loaded.config.build);
  CHECK(loaded.config.build->dockerfile == "Dockerfile.web");
  CHECK(loaded.config.build->build_target == "old");
  CHECK(loaded.config.build->compose_file == "c.yml");
  auto modern = parse("[build]\n  build-target = \"new\"\n");
  CHECK(modern.config.build->build_target == "new");
}

TEST_CASE("fly load sections: legacy [[processes]] entries and [env] values", "[fly][config]") {
  auto loaded = parse("[[processes]]\n  name = \"web\"\n  command = \"run web\"\n"
                      "[[processes]]\n  name = \"worker\"\n  command = \"run worker\"\n"
                      "[[processes]]\n[env]\n  PORT = 8080\n  DEBUG = false\n");
  CHECK(loaded.config.processes ==
        raxol::fly::StringMap{{"web", "run web"}, {"worker", "run worker"}});
  CHECK(loaded.config.env == raxol::fly::StringMap{{"DEBUG", "false"}, {"PORT", "8080"}});
}

TEST_CASE("fly load sections: [experimental] legacy keys move out unless set at the top",
          "[fly][config]") {
  auto legacy = parse("[experimental]\n  kill_timeout = 7\n  metrics_port = 9091\n"
                      "  metrics_path = \"/metrics\"\n  auto_rollback = true\n");
  REQUIRE(legacy.config.kill_timeout);
  CHECK(*legacy.config.kill_timeout == raxol::Duration(std::chrono::seconds(7)));
  REQUIRE(legacy.config.metrics.size() == 1);
  CHECK(legacy.config.metrics[0].port == 9091);
  CHECK(legacy.config.metrics[0].path == "/metrics");
  CHECK(legacy.config.experimental->auto_rollback);
  auto modern = parse("kill_timeout = \"30s\"\n[[metrics]]\n  port = 1\n  path = \"/m\"\n"
                      "[experimental]\n  kill_timeout = 7\n  metrics_port = 9091\n");
  CHECK(*modern.config.kill_timeout == raxol::Duration(std::chrono::seconds(30)));
  REQUIRE(modern.config.metrics.size() == 1);
  CHECK(modern.config.metrics[0].port == 1);
}
