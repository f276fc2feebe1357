// Process groups: their names (sorted, "app" when none), the default group, which sections
// apply to a group, and the flattened view one group sees (at most one [[vm]], the most
// specific).
#include "targets/fly/config/process_groups.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using namespace raxol::fly;
using raxol::fly::test::parse;

TEST_CASE("fly process groups: names and the default group", "[fly][config]") {
  auto none = parse("app = \"x\"\n");
  CHECK(process_group_names(none.config) == std::vector<std::string>{"app"});
  CHECK(default_process_group(none.config) == "app");
  auto named = parse("[processes]\n  worker = \"w\"\n  web = \"s\"\n");
  CHECK(process_group_names(named.config) == std::vector<std::string>{"web", "worker"});
  CHECK(default_process_group(named.config) == "web");
  auto with_app = parse("[processes]\n  worker = \"w\"\n  app = \"s\"\n");
  CHECK(default_process_group(with_app.config) == "app");
  CHECK(applies_to_group(named.config, "web", {}));
  CHECK_FALSE(applies_to_group(named.config, "worker", {}));
  CHECK(applies_to_group(named.config, "worker", {"web", "worker"}));
  CHECK_FALSE(applies_to_group(named.config, "web", {"worker"}));
}

TEST_CASE("fly process groups: a group's flattened view", "[fly][config]") {
  auto loaded = parse(
      "[processes]\n  web = \"serve\"\n  worker = \"work\"\n"
      "[http_service]\n  internal_port = 8080\n  processes = [\"web\"]\n"
      "[[mounts]]\n  source = \"jobs\"\n  destination = \"/jobs\"\n  processes = [\"worker\"]\n"
      "[checks.alive]\n  type = \"tcp\"\n  port = 9000\n"
      "[[vm]]\n  size = \"shared-cpu-1x\"\n"
      "[[vm]]\n  size = \"performance-2x\"\n  processes = [\"worker\"]\n"
      "  host_dedication_id = \"dedicated\"\n");
  auto web = flatten_for_group(loaded.config, "web");
  CHECK(web.processes == StringMap{{"web", "serve"}});
  REQUIRE(web.http_service);
  CHECK(web.http_service->processes == StringList{"web"});
  CHECK(web.mounts.empty());
  CHECK(web.checks.count("alive") == 1);  // no processes: the default group (web)
  REQUIRE(web.vm.size() == 1);
  CHECK(web.vm[0].size == "shared-cpu-1x");
  CHECK(web.host_dedication_id.empty());

  auto worker = flatten_for_group(loaded.config, "worker");
  CHECK(worker.processes == StringMap{{"worker", "work"}});
  CHECK_FALSE(worker.http_service);
  REQUIRE(worker.mounts.size() == 1);
  CHECK(worker.mounts[0].processes == StringList{"worker"});
  CHECK(worker.checks.empty());
  REQUIRE(worker.vm.size() == 1);
  CHECK(worker.vm[0].size == "performance-2x");
  CHECK(worker.host_dedication_id == "dedicated");

  // An empty name means the default group.
  CHECK(flatten_for_group(loaded.config, "").processes == StringMap{{"web", "serve"}});
}
