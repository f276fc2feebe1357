// Bad fly.toml input: every message has the fixed shape FILE:LINE:COL: key: expected X, found Y.
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::fly::test::parse_failure;
using raxol::fly::test::validation_failure;

TEST_CASE("fly config errors: malformed TOML points at the parser's position",
          "[fly][config][errors]") {
  CHECK(parse_failure("app = \n").message ==
        "fly.toml:1:7: Error while parsing key-value pair: expected value, saw '\\n'");
  CHECK(parse_failure("app = \"x\"\n[env]\nA = \"1\"\n[env]\n").message ==
        "fly.toml:4:1: Error while parsing table header: cannot redefine existing table 'env'");
}

TEST_CASE("fly config errors: wrong types", "[fly][config][errors]") {
  CHECK(parse_failure("app = \"x\"\n\n[http_service]\n  internal_port = \"8080\"\n").message ==
        "fly.toml:4:19: http_service.internal_port: expected an integer from 1 to 65535, found "
        "\"8080\"");
  CHECK(parse_failure("app = \"x\"\nprimary_region = 5\n").message ==
        "fly.toml:2:18: primary_region: expected a string, found 5");
  CHECK(parse_failure("[http_service]\ninternal_port = 80\nforce_https = \"yes\"\n").message ==
        "fly.toml:3:15: http_service.force_https: expected true or false, found \"yes\"");
  CHECK(parse_failure("[[services]]\ninternal_port = \"abc\"\n").message ==
        "fly.toml:2:17: services[0].internal_port: expected an integer from 1 to 65535, found "
        "\"abc\"");
  CHECK(parse_failure("[[services]]\ninternal_port = 80\nauto_stop_machines = \"sometimes\"\n")
            .message ==
        "fly.toml:3:22: services[0].auto_stop_machines: expected true, false, \"off\", \"stop\" or "
        "\"suspend\", found \"sometimes\"");
  CHECK(parse_failure("[env]\nNESTED = { a = 1 }\n").message ==
        "fly.toml:2:10: env.NESTED: expected a string, number or boolean, found a table");
  CHECK(parse_failure("[[services]]\nprotocol = \"http\"\n").message ==
        "fly.toml:2:12: services[0].protocol: expected \"tcp\" or \"udp\", found \"http\"");
  CHECK(parse_failure("[processes]\nweb = [\"run\"]\n").message ==
        "fly.toml:2:7: processes.web: expected a string, found an array");
}

TEST_CASE("fly config errors: ports out of range", "[fly][config][errors]") {
  CHECK(parse_failure("[[services]]\n  internal_port = 8080\n  [[services.ports]]\n"
                      "    port = 70000\n")
            .message ==
        "fly.toml:4:12: services[0].ports[0].port: expected an integer from 1 to 65535, found "
        "70000");
  CHECK(parse_failure("[[services]]\n  internal_port = 8080\n[[services]]\n  internal_port = 1\n"
                      "  [[services.ports]]\n    port = 0\n")
            .message ==
        "fly.toml:6:12: services[1].ports[0].port: expected an integer from 1 to 65535, found 0");
  CHECK(parse_failure("[http_service]\n  internal_port = 65536\n").message ==
        "fly.toml:2:19: http_service.internal_port: expected an integer from 1 to 65535, found "
        "65536");
  CHECK(parse_failure("[[services]]\n  internal_port = 0\n").message ==
        "fly.toml:2:19: services[0].internal_port: expected an integer from 1 to 65535, found 0");
  CHECK(parse_failure("[http_service]\n  force_https = true\n").message ==
        "fly.toml:1:1: http_service.internal_port: expected an integer from 1 to 65535, found "
        "nothing");
}

TEST_CASE("fly config errors: durations and sizes", "[fly][config][errors]") {
  CHECK(parse_failure("kill_timeout = \"10 seconds\"\n").message ==
        "fly.toml:1:16: kill_timeout: expected a duration such as \"10s\" or \"1m30s\", found "
        "\"10 seconds\"");
  CHECK(parse_failure("[checks.alive]\ntype = \"tcp\"\ninterval = \"fast\"\n").message ==
        "fly.toml:3:12: checks.alive.interval: expected a duration such as \"10s\" or \"1m30s\", "
        "found \"fast\"");
  CHECK(parse_failure("[deploy]\nwait_timeout = \"-1s\"\n").message ==
        "fly.toml:2:16: deploy.wait_timeout: expected a duration such as \"10s\" or \"1m30s\", "
        "found \"-1s\"");
  CHECK(parse_failure("[[vm]]\n  memory = \"lots\"\n").message ==
        "fly.toml:2:12: vm[0].memory: expected a memory size such as \"512mb\" or \"1gb\", found "
        "\"lots\"");
  CHECK(parse_failure("[vm]\n  memory = \"0gb\"\n").message ==
        "fly.toml:2:12: vm.memory: expected a memory size such as \"512mb\" or \"1gb\", found "
        "\"0gb\"");
  CHECK(parse_failure("[deploy.release_command_vm]\nmemory = true\n").message ==
        "fly.toml:2:10: deploy.release_command_vm.memory: expected a size such as \"1gb\" or "
        "\"512mb\", found true");
  CHECK(parse_failure("[[vm]]\nsize = \"huge\"\n").message ==
        "fly.toml:2:8: vm[0].size: expected a VM size such as \"shared-cpu-1x\" or "
        "\"performance-2x\", found \"huge\"");
}

TEST_CASE("fly config errors: deploy strategy", "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[deploy]\n  strategy = \"rolling-eyes\"\n").message ==
        "fly.toml:3:14: deploy.strategy: expected one of rolling, immediate, canary, bluegreen, "
        "found \"rolling-eyes\"");
}

TEST_CASE("fly config errors: a missing app only when the command needs it",
          "[fly][config][errors]") {
  CHECK(validation_failure("primary_region = \"sjc\"\n").message ==
        "fly.toml:1:1: app: expected the Fly app name (app = \"NAME\"), found no app key");
  auto loaded = raxol::fly::test::parse("primary_region = \"sjc\"\n");
  raxol::Diagnostics warnings;
  CHECK(raxol::fly::validate_fly_config(loaded, /*require_app=*/false, warnings).ok());
}

TEST_CASE("fly config errors: process groups must be defined", "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[processes]\n  web = \"run\"\n[[services]]\n"
                           "  internal_port = 80\n  processes = [\"web\", \"wrker\"]\n")
            .message ==
        "fly.toml:6:23: services[0].processes[1]: expected a process group defined in [processes] "
        "(web), found \"wrker\"");
  CHECK(validation_failure("app = \"x\"\n[http_service]\n  internal_port = 8080\n"
                           "  processes = [\"web\"]\n")
            .message ==
        "fly.toml:4:16: http_service.processes[0]: expected a process group defined in "
        "[processes] (app), found \"web\"");
  CHECK(validation_failure("app = \"x\"\n[[vm]]\n  size = \"shared-cpu-2x\"\n"
                           "  processes = [\"worker\"]\n")
            .message ==
        "fly.toml:4:16: vm[0].processes[0]: expected a process group defined in [processes] "
        "(app), found \"worker\"");
  CHECK(validation_failure("app = \"x\"\n[mounts]\n  source = \"data\"\n  destination = \"/d\"\n"
                           "  processes = [\"db\"]\n")
            .message ==
        "fly.toml:5:16: mounts.processes[0]: expected a process group defined in [processes] "
        "(app), found \"db\"");
}

TEST_CASE("fly config errors: a check without a port and no http_service",
          "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[checks.alive]\n  type = \"tcp\"\n").message ==
        "fly.toml:2:1: checks.alive: Check 'alive' for process group 'app' has no port set and "
        "the group has no http_service to take it from");
}

TEST_CASE("fly config errors: more validation rules", "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[checks.c]\n  type = \"grpc\"\n  port = 80\n").message ==
        "fly.toml:3:10: checks.c.type: expected \"http\" or \"tcp\", found \"grpc\"");
  CHECK(validation_failure("app = \"x\"\n[checks.c]\n  type = \"tcp\"\n  port = 80\n"
                           "  interval = \"1s\"\n")
            .message == "fly.toml:5:14: checks.c.interval: expected at least 2s, found \"1s\"");
  CHECK(validation_failure("app = \"x\"\n[[restart]]\n  policy = \"sometimes\"\n").message ==
        "fly.toml:3:12: restart[0].policy: expected \"always\", \"never\" or \"on-failure\", "
        "found \"sometimes\"");
  CHECK(validation_failure("app = \"x\"\n[deploy]\n  release_command = \"migrate 'oops\"\n")
            .message ==
        "fly.toml:3:21: deploy.release_command: expected a command line, found \"migrate 'oops\" "
        "(EOF found when expecting closing quote)");
  CHECK(validation_failure("app = \"x\"\n[deploy]\n  max_unavailable = 0\n").message ==
        "fly.toml:3:21: deploy.max_unavailable: expected a number greater than 0, found 0");
}
