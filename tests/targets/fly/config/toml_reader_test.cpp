// The typed, location-aware TOML reader: malformed TOML points at the parser's position, and
// every wrong type reads FILE:LINE:COL: key: expected X, found Y.
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::fly::test::parse;
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

TEST_CASE("fly toml reader: durations as Go strings or integers in the key's unit",
          "[fly][config][errors]") {
  CHECK(parse_failure("kill_timeout = \"10 seconds\"\n").message ==
        "fly.toml:1:16: kill_timeout: expected a duration such as \"10s\" or \"1m30s\", found "
        "\"10 seconds\"");
  auto loaded = parse("kill_timeout = \"1m30s\"\n[deploy]\n  wait_timeout = 120\n");
  REQUIRE(loaded.config.kill_timeout);
  CHECK(*loaded.config.kill_timeout == raxol::Duration(std::chrono::seconds(90)));
  REQUIRE(loaded.config.deploy);
  CHECK(loaded.config.deploy->wait_timeout == raxol::Duration(std::chrono::seconds(120)));
}

TEST_CASE("fly toml reader: strings or lists / string maps and recorded locations",
          "[fly][config]") {
  auto loaded = parse("app = \"x\"\n[experimental]\n  cmd = \"run --fast\"\n"
                      "  entrypoint = [\"/bin/sh\", \"-c\"]\n[build.args]\n  N = \"3\"\n");
  REQUIRE(loaded.config.experimental);
  CHECK(loaded.config.experimental->cmd == raxol::fly::StringList{"run --fast"});
  CHECK(loaded.config.experimental->entrypoint == raxol::fly::StringList{"/bin/sh", "-c"});
  REQUIRE(loaded.config.build);
  CHECK(loaded.config.build->args == raxol::fly::StringMap{{"N", "3"}});
  // Build arguments are strings, as in flyctl (only [env] stringifies other scalars).
  CHECK(parse_failure("[build.args]\n  B = true\n").message ==
        "fly.toml:2:7: build.args.B: expected a string, found true");
  CHECK(loaded.config.location("app").to_string() == "fly.toml:1:7");
  CHECK(loaded.config.location("experimental.cmd").to_string() == "fly.toml:3:9");
  CHECK(parse_failure("[experimental]\n  cmd = [\"a\", 1]\n").message.rfind(
            "fly.toml:2:", 0) == 0);
}
