// The repeatable sections ([[vm]]/[[compute]], [[mounts]], [checks.NAME], [[statics]],
// [[metrics]], [[files]], [[restart]]), each also written as a single table, and their errors.
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::fly::test::parse;
using raxol::fly::test::parse_failure;
using raxol::fly::test::validation_failure;

TEST_CASE("fly load lists: bad checks and VM sizes name FILE:LINE:COL and the key",
          "[fly][config][errors]") {
  CHECK(parse_failure("[checks.alive]\ntype = \"tcp\"\ninterval = \"fast\"\n").message ==
        "fly.toml:3:12: checks.alive.interval: expected a duration such as \"10s\" or \"1m30s\", "
        "found \"fast\"");
  CHECK(parse_failure("[[vm]]\n  memory = \"lots\"\n").message ==
        "fly.toml:2:12: vm[0].memory: expected a memory size such as \"512mb\" or \"1gb\", found "
        "\"lots\"");
  CHECK(parse_failure("[vm]\n  memory = \"0gb\"\n").message ==
        "fly.toml:2:12: vm.memory: expected a memory size such as \"512mb\" or \"1gb\", found "
        "\"0gb\"");
  CHECK(parse_failure("[[vm]]\nsize = \"huge\"\n").message ==
        "fly.toml:2:8: vm[0].size: expected a VM size such as \"shared-cpu-1x\" or "
        "\"performance-2x\", found \"huge\"");
  CHECK(parse_failure("[[vm]]\n  persist_rootfs = \"sometimes\"\n").message ==
        "fly.toml:2:20: vm[0].persist_rootfs: expected \"never\", \"always\" or \"restart\", "
        "found \"sometimes\"");
}

TEST_CASE("fly load lists: [[compute]] comes before [[vm]] and a single [vm] is a list",
          "[fly][config]") {
  auto loaded = parse("[[vm]]\n  size = \"shared-cpu-2x\"\n  processes = [\"web\"]\n"
                      "[[compute]]\n  memory = \"1gb\"\n  cpus = 2\n");
  REQUIRE(loaded.config.vm.size() == 2);
  CHECK(loaded.config.vm[0].memory_mib == 1024);
  CHECK(loaded.config.vm[0].cpus == 2);
  CHECK(loaded.config.vm[1].size == "shared-cpu-2x");
  CHECK(loaded.config.vm[1].processes == raxol::fly::StringList{"web"});
  auto single = parse("[vm]\n  memory = \"512mb\"\n");
  REQUIRE(single.config.vm.size() == 1);
  CHECK(single.config.vm[0].memory_mib == 512);
}

TEST_CASE("fly load lists: mounts / checks / statics / metrics and restart", "[fly][config]") {
  auto loaded = parse(
      "[mounts]\n  source = \"data\"\n  destination = \"/data\"\n  initial_size = \"10gb\"\n"
      "[checks.alive]\n  type = \"tcp\"\n  port = 8080\n  interval = \"20s\"\n"
      "[[statics]]\n  guest_path = \"/app/public\"\n  url_prefix = \"/static\"\n"
      "[[metrics]]\n  port = 9091\n  path = \"/metrics\"\n"
      "[[restart]]\n  policy = \"on-failure\"\n  retries = 3\n");
  REQUIRE(loaded.config.mounts.size() == 1);
  CHECK(loaded.config.mounts[0].source == "data");
  CHECK(loaded.config.mounts[0].destination == "/data");
  CHECK(loaded.config.mounts[0].initial_size == "10gb");
  REQUIRE(loaded.config.checks.count("alive") == 1);
  const auto& check = loaded.config.checks.at("alive");
  CHECK(check.name == "alive");
  CHECK(check.port == 8080);
  CHECK(check.interval == raxol::Duration(std::chrono::seconds(20)));
  REQUIRE(loaded.config.statics.size() == 1);
  CHECK(loaded.config.statics[0].guest_path == "/app/public");
  CHECK(loaded.config.statics[0].url_prefix == "/static");
  REQUIRE(loaded.config.metrics.size() == 1);
  CHECK(loaded.config.metrics[0].port == 9091);
  REQUIRE(loaded.config.restart.size() == 1);
  CHECK(loaded.config.restart[0].retries == 3);
}
