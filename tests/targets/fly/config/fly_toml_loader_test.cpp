// Loading fly.toml, legacy forms included, against flyctl's parsing vectors
// (conversion-cases.md §IV, serde_test.go / definition_test.go).
#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/fly/config/fly_toml_file.h"
#include "targets/fly/config/process_groups.h"
#include "targets/fly/fly_test_support.h"

using nlohmann::json;
using raxol::fly::Autostop;
using raxol::Duration;
using raxol::fly::StringList;
using raxol::fly::StringMap;
using raxol::fly::test::load_reference;
using raxol::fly::test::parse;
using namespace std::chrono_literals;

TEST_CASE("fly config: IV empty [[services]] and multiple services", "[fly][config][load]") {
  CHECK(load_reference("services-emptysection.toml").config.services.empty());

  auto multi = load_reference("services-multi.toml").config;
  REQUIRE(multi.services.size() == 2);
  REQUIRE(multi.services[0].concurrency);
  CHECK(multi.services[0].concurrency->type == "requests");
  CHECK(multi.services[0].concurrency->hard_limit == 22);
  CHECK(multi.services[0].concurrency->soft_limit == 13);
  REQUIRE(multi.services[1].concurrency);
  CHECK(multi.services[1].concurrency->type == "connections");
  CHECK(multi.services[1].concurrency->hard_limit == 10);
  CHECK(multi.services[1].concurrency->soft_limit == 8);
}

TEST_CASE("fly config: IV services-ports.toml options attach to the open port",
          "[fly][config][load]") {
  auto config = load_reference("services-ports.toml").config;
  REQUIRE(config.services.size() == 1);
  const auto& service = config.services[0];
  CHECK(service.protocol == "tcp");
  CHECK(service.internal_port == 8080);
  REQUIRE(service.ports.size() == 2);
  const auto& http = service.ports[0];
  CHECK(http.port == 80);
  REQUIRE(http.tls_options);
  CHECK(http.tls_options->alpn == StringList{"h2", "http/1.1"});
  CHECK(http.tls_options->versions == StringList{"TLSv1.2", "TLSv1.3"});
  REQUIRE(http.http_options);
  CHECK(http.http_options->compress == true);
  REQUIRE(http.http_options->response);
  CHECK(http.http_options->response->headers == json{{"fly-request-id", false},
                                                     {"fly-wasnt-here", "yes, it was"},
                                                     {"multi-valued", {"value1", "value2"}}});
  const auto& proxy = service.ports[1];
  CHECK(proxy.port == 82);
  CHECK(proxy.handlers == StringList{"proxy_proto"});
  CHECK(proxy.proxy_proto_version == "v2");
  CHECK_FALSE(proxy.tls_options);
}

TEST_CASE("fly config: IV [[env]] lists merge and values are stringified", "[fly][config][load]") {
  CHECK(load_reference("env-list.toml").config.env ==
        StringMap{{"FOO", "BAR"}, {"TWO", "2"}, {"TRUE", "true"}});
  CHECK(parse("[[env]]\nONE = \"one\"\nTWO = 2\n[[env]]\nTRUE = true\nF = 2.0\nG = 1.5\n")
            .config.env ==
        StringMap{{"ONE", "one"}, {"TWO", "2"}, {"TRUE", "true"}, {"F", "2"}, {"G", "1.5"}});
}

TEST_CASE("fly config: IV format quirks: [vm] memory as a number / singular [mount]",
          "[fly][config][load]") {
  auto config = load_reference("format-quirks.toml").config;
  REQUIRE(config.vm.size() == 1);
  CHECK(config.vm[0].memory == "512");
  CHECK(config.vm[0].memory_mib == 512);
  REQUIRE(config.mounts.size() == 1);
  CHECK(config.mounts[0].source == "data");
  CHECK(config.mounts[0].destination == "/data");
  CHECK(config.mounts[0].initial_size == "200");
  CHECK(config.mounts[0].snapshot_retention == 10);

  auto array = load_reference("mounts-array.toml").config;
  REQUIRE(array.mounts.size() == 1);
  CHECK(array.mounts[0].source == "pg_data");
  CHECK(array.mounts[0].destination == "/data");
}

TEST_CASE("fly config: IV old-format.toml legacy forms", "[fly][config][load]") {
  auto config = load_reference("old-format.toml").config;
  REQUIRE(config.build);
  CHECK(config.build->build_target == "thalayer");
  CHECK(config.env == StringMap{{"FOO", "STRING"}, {"BAR", "123"}});
  REQUIRE(config.services.size() == 1);
  const auto& service = config.services[0];
  CHECK(service.internal_port == 8080);
  REQUIRE(service.concurrency);
  CHECK(service.concurrency->type == "requests");
  CHECK(service.concurrency->soft_limit == 12);
  CHECK(service.concurrency->hard_limit == 23);
  CHECK(service.auto_stop_machines == Autostop::off);
  REQUIRE(service.ports.size() == 1);
  CHECK(service.ports[0].port == 80);
  REQUIRE(service.tcp_checks.size() == 2);
  CHECK(service.tcp_checks[0].interval == Duration(10s));
  CHECK(service.tcp_checks[0].timeout == Duration(2s));
  CHECK(service.tcp_checks[1].interval == Duration(20s));
  CHECK(service.tcp_checks[1].timeout == Duration(3s));
  REQUIRE(service.http_checks.size() == 2);
  CHECK(service.http_checks[0].interval == Duration(30s));
  CHECK(service.http_checks[0].timeout == Duration(4s));
  CHECK(service.http_checks[0].headers == StringMap{{"origin", "http://localhost:8000"}});
  CHECK_FALSE(service.http_checks[1].grace_period);  // "" means unset
  CHECK(service.http_checks[1].headers ==
        StringMap{{"fly-healthcheck", "1"}, {"metoo", "true"}, {"astring", "string"}});
  CHECK_FALSE(config.experimental);  // an empty [experimental] is dropped
  CHECK(config.processes.empty());   // so is an empty [[processes]]
  REQUIRE(config.mounts.size() == 1);
  REQUIRE(config.metrics.size() == 1);
  CHECK(config.metrics[0].port == 9999);
  CHECK(config.metrics[0].path == "/metrics");
}

TEST_CASE("fly config: IV [[processes]] / old pg checks / experimental-alt", "[fly][config][load]") {
  CHECK(load_reference("old-processes.toml").config.processes ==
        StringMap{{"web", "./web"}, {"worker", "./worker"}});

  auto pg = load_reference("old-pg-checks.toml").config;
  REQUIRE(pg.checks.size() == 1);
  const auto& check = pg.checks.at("pg");
  CHECK(check.port == 5500);
  CHECK(check.type == std::optional<std::string>("http"));
  CHECK(check.path == std::optional<std::string>("/flycheck/pg"));
  CHECK(check.headers.empty());  // `headers = []` is dropped

  auto alt = load_reference("experimental-alt.toml").config;
  REQUIRE(alt.experimental);
  CHECK(alt.experimental->cmd == StringList{"cmd"});
  CHECK(alt.experimental->entrypoint == StringList{"entrypoint"});
  CHECK(alt.experimental->exec == StringList{"exec"});
  CHECK(alt.kill_timeout == Duration(3s));
  REQUIRE(alt.metrics.size() == 1);
  CHECK(alt.metrics[0].port == 9000);
  CHECK(alt.metrics[0].path == "/foo");
}

TEST_CASE("fly config: IV always-invalid-v2.toml is rejected at its concurrency",
          "[fly][config][load]") {
  auto path = raxol::test::reference_path("fly/appconfig-testdata/always-invalid-v2.toml");
  auto loaded = raxol::fly::load_fly_toml(path, "always-invalid-v2.toml");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().message ==
        "always-invalid-v2.toml:24:17: services[0].concurrency: expected a table or a "
        "\"soft,hard\" string, found 20");
}

TEST_CASE("fly config: IV full-reference.toml populates every section", "[fly][config][load]") {
  auto config = load_reference("full-reference.toml").config;
  CHECK(config.app == "foo");
  CHECK(config.primary_region == "sea");
  CHECK(config.kill_signal == std::optional<std::string>("SIGTERM"));
  CHECK(config.kill_timeout == Duration(3s));
  CHECK(config.swap_size_mb == 512);
  CHECK(config.console_command == "/bin/bash");
  CHECK(config.host_dedication_id == "06031957");
  REQUIRE(config.experimental);
  CHECK(config.experimental->auto_rollback);
  CHECK(config.experimental->enable_consul);
  REQUIRE(config.build);
  CHECK(config.build->builder == "dockerfile");
  CHECK(config.build->image == "foo/fighter");
  CHECK(config.build->build_target == "target");
  CHECK(config.build->buildpacks == StringList{"packme", "well"});
  CHECK(config.build->args == StringMap{{"param1", "value1"}, {"param2", "value2"}});
  CHECK(config.build->settings == json{{"foo", "bar"}, {"other", 2.0}});
  REQUIRE(config.deploy);
  CHECK(config.deploy->strategy == "rolling-eyes");  // parses; validation rejects it
  CHECK(config.deploy->max_unavailable == 0.2);
  CHECK(config.deploy->release_command == "release command");
  CHECK(config.deploy->release_command_timeout == Duration(3min));
  REQUIRE(config.deploy->release_command_vm);
  CHECK(config.deploy->release_command_vm->size == "performance-2x");
  CHECK(config.deploy->release_command_vm->memory_mib == 8192);
  REQUIRE(config.restart.size() == 1);
  CHECK(config.restart[0].policy == "always");
  CHECK(config.restart[0].retries == 3);
  CHECK(config.restart[0].processes == StringList{"web"});
  CHECK(config.metrics.size() == 2);
  REQUIRE(config.http_service);
  CHECK(config.http_service->auto_stop_machines == Autostop::off);
  CHECK(config.http_service->auto_start_machines == false);
  CHECK(config.http_service->min_machines_running == 0);
  REQUIRE(config.http_service->checks.size() == 1);
  CHECK(config.http_service->checks[0].interval == Duration(81s));
  CHECK(config.http_service->checks[0].headers == StringMap{{"My-Custom-Header", "whatever"}});
  CHECK(config.http_service->machine_checks.size() == 1);
  CHECK(config.http_service->http_options->idle_timeout == 600);
  CHECK(config.http_service->tls_options->default_self_signed == false);
  CHECK(config.statics.size() == 1);
  REQUIRE(config.files.size() == 3);
  CHECK(config.files[0].raw_value == "aGVsbG8gd29ybGQK");
  CHECK(config.files[1].secret_name == "SUPER_SECRET");
  CHECK(config.files[2].local_path == "/local/path/config.yaml");
  REQUIRE(config.mounts.size() == 1);
  CHECK(config.mounts[0].initial_size == "30gb");
  CHECK(config.mounts[0].scheduled_snapshots == true);
  REQUIRE(config.vm.size() == 2);
  CHECK(config.vm[0].gpus == 2);
  CHECK(config.vm[0].kernel_args == StringList{"quiet"});
  CHECK(config.vm[1].memory_mb == 4096);
  CHECK(config.vm[1].cpus == 0);
  CHECK(config.processes == StringMap{{"web", "run web"}, {"task", "task all day"}});
  REQUIRE(config.checks.count("status"));
  CHECK(config.checks.at("status").headers.size() == 2);
  CHECK(config.machine_checks.size() == 1);
  REQUIRE(config.services.size() == 1);
  const auto& service = config.services[0];
  CHECK(service.ports[0].start_port == 100);
  CHECK(service.ports[0].end_port == 200);
  CHECK(service.tcp_checks.size() == 1);
  CHECK(service.http_checks.size() == 2);
  CHECK(service.http_checks[1].method == std::optional<std::string>("POST"));
  CHECK(service.machine_checks.size() == 1);
}

TEST_CASE("fly config: IV definition forms: [[checks]] with names / numeric kill_timeout",
          "[fly][config][load]") {
  auto listed = parse("[[checks]]\nname = \"pg\"\nport = 80\n").config;
  REQUIRE(listed.checks.count("pg"));
  CHECK(listed.checks.at("pg").port == 80);
  CHECK(parse("checks = []\n").config.checks.empty());

  CHECK(parse("kill_timeout = 20\n").config.kill_timeout == Duration(20s));
  CHECK(parse("kill_timeout = 1.5\n").config.kill_timeout == Duration(1s));
  CHECK(parse("kill_timeout = \"10s\"\n").config.kill_timeout == Duration(10s));
}

TEST_CASE("fly config: IV process group names and the default group", "[fly][config][load]") {
  auto multi = load_reference("processes-multi.toml").config;
  CHECK(raxol::fly::process_group_names(multi) == StringList{"bar", "foo", "zzz"});
  CHECK(raxol::fly::default_process_group(multi) == "bar");
  auto with_app = parse("[processes]\nzzz = \"z\"\napp = \"a\"\nbar = \"b\"\n").config;
  CHECK(raxol::fly::default_process_group(with_app) == "app");
  auto none = parse("app = \"x\"\n").config;
  CHECK(raxol::fly::process_group_names(none) == StringList{"app"});
  CHECK(raxol::fly::default_process_group(none) == "app");
}

TEST_CASE("fly config: unknown keys are warnings with locations", "[fly][config][load]") {
  auto loaded = parse(
      "app = \"x\"\n\nbogus = 1\n[http_service]\n  internal_port = 8080\n  wat = true\n"
      "[[services]]\n  internal_port = 9\n  [[services.ports]]\n    port = 9\n    nope = 1\n"
      "[extra_section]\n  a = 1\n");
  REQUIRE(loaded.warnings.size() == 4);
  CHECK(raxol::fly::diagnostic_text(loaded.warnings[0]) ==
        "fly.toml:3:1: bogus: unknown key, ignored");
  CHECK(loaded.warnings[1].key == "http_service.wat");
  CHECK(loaded.warnings[1].where.to_string() == "fly.toml:6:3");
  CHECK(loaded.warnings[2].key == "services[0].ports[0].nope");
  CHECK(loaded.warnings[3].key == "extra_section");
  CHECK(loaded.config.app == "x");
}

TEST_CASE("fly config: values keep where they were written", "[fly][config][load]") {
  auto config = parse(
                    "app = \"x\"\n[[services]]\n  internal_port = 9\n  [[services.ports]]\n"
                    "    port = 443\n")
                    .config;
  CHECK(config.location("services[0].ports[0].port").to_string() == "fly.toml:5:12");
  CHECK(config.location("services[0].ports[0].handlers").to_string() == "fly.toml:4:3");
  CHECK(config.location("nothing.here").to_string() == "fly.toml");
}
