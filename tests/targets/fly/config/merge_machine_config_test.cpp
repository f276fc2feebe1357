// Updating an existing machine: fly.toml's fields replace the machine's, everything `fly
// machine update`/`fly scale` set survives, objects merge key by key.
#include <catch2/catch.hpp>

#include "targets/fly/config/machine_config.h"

using nlohmann::json;
using raxol::fly::merge_machine_config;

TEST_CASE("fly merge machine config: managed fields are replaced and others survive",
          "[fly][config]") {
  const json existing = {
      {"image", "registry.fly.io/app:v1"},
      {"env", {{"OLD", "1"}}},
      {"services", json::array({{{"internal_port", 1}}})},
      {"init", {{"cmd", json::array({"old"})}, {"tty", true}}},
      {"guest", {{"cpu_kind", "performance"}, {"cpus", 4}, {"memory_mb", 8192}}},
      {"metadata", {{"owner", "ops"}, {"fly_release_version", "1"}}},
      {"auto_destroy", false}};
  const json converted = {{"env", {{"NEW", "2"}}},
                          {"init", json::object()},
                          {"metadata", {{"fly_release_version", "2"}}}};
  json merged = merge_machine_config(converted, existing, /*fly_toml_sets_guest=*/false);
  CHECK(merged["env"] == json{{"NEW", "2"}});
  CHECK_FALSE(merged.contains("services"));  // fly.toml has none now
  CHECK(merged["init"] == json{{"tty", true}});
  CHECK(merged["guest"]["cpus"] == 4);  // `fly scale` owns it while fly.toml says nothing
  CHECK(merged["metadata"] == json{{"owner", "ops"}, {"fly_release_version", "2"}});
  CHECK(merged["image"] == "registry.fly.io/app:v1");
  CHECK(merged["auto_destroy"] == false);

  json with_guest = merge_machine_config(
      {{"guest", {{"cpu_kind", "shared"}, {"cpus", 1}}}}, existing, /*fly_toml_sets_guest=*/true);
  CHECK(with_guest["guest"] == json{{"cpu_kind", "shared"}, {"cpus", 1}});
}

TEST_CASE("fly merge machine config: no existing config is an empty one", "[fly][config]") {
  json merged = merge_machine_config({{"env", {{"A", "1"}}}}, nullptr, false);
  CHECK(merged == json{{"env", {{"A", "1"}}}, {"init", json::object()}});
}
