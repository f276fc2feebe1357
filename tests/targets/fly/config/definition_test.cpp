// fly.toml as flyctl's JSON definition (what a release record stores).
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using nlohmann::json;

TEST_CASE("fly config: definition uses flyctl's key names", "[fly][config][definition]") {
  auto loaded = raxol::fly::test::load_reference("old-format.toml");
  json definition = raxol::fly::to_definition(loaded.config);
  CHECK(definition["app"] == "foo");
  CHECK(definition["build"] == json{{"build-target", "thalayer"}});
  CHECK(definition["env"] == json{{"FOO", "STRING"}, {"BAR", "123"}});
  CHECK(definition["mounts"] == json::array({{{"source", "data"}, {"destination", "/data"}}}));
  CHECK(definition["metrics"] == json::array({{{"port", 9999}, {"path", "/metrics"}}}));
  const json& service = definition["services"][0];
  CHECK(service["internal_port"] == 8080);
  CHECK(service["auto_stop_machines"] == "off");
  CHECK(service["concurrency"] ==
        json{{"type", "requests"}, {"hard_limit", 23}, {"soft_limit", 12}});
  CHECK(service["tcp_checks"][0] == json{{"interval", "10s"}, {"timeout", "2s"}});
  CHECK(service["http_checks"][0]["headers"] == json{{"origin", "http://localhost:8000"}});
  CHECK_FALSE(definition.contains("experimental"));
}

TEST_CASE("fly config: definition of the full reference keeps every section",
          "[fly][config][definition]") {
  auto loaded = raxol::fly::test::load_reference("full-reference.toml");
  json definition = raxol::fly::to_definition(loaded.config);
  for (const char* key : {"app",
                          "primary_region",
                          "kill_signal",
                          "kill_timeout",
                          "swap_size_mb",
                          "console_command",
                          "host_dedication_id",
                          "experimental",
                          "build",
                          "deploy",
                          "env",
                          "processes",
                          "mounts",
                          "http_service",
                          "services",
                          "checks",
                          "files",
                          "machine_checks",
                          "restart",
                          "vm",
                          "statics",
                          "metrics"}) {
    INFO(key);
    CHECK(definition.contains(key));
  }
  CHECK(definition["kill_timeout"] == "3s");
  CHECK(definition["deploy"]["release_command_timeout"] == "3m0s");
  CHECK(definition["deploy"]["release_command_vm"] ==
        json{{"size", "performance-2x"}, {"memory", "8g"}});
  CHECK(definition["http_service"]["checks"][0]["interval"] == "1m21s");
  CHECK(definition["vm"][1] == json{{"memory_mb", 4096}});
  CHECK(definition["restart"][0] ==
        json{{"policy", "always"}, {"retries", 3}, {"processes", {"web"}}});
}
