// [http_service] and [[services]]: ports, checks, concurrency (legacy "soft,hard" too) and
// autostop in its boolean and string forms; bad ports name FILE:LINE:COL and the key.
#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::fly::test::parse;
using raxol::fly::test::parse_failure;
using raxol::fly::test::validation_failure;
using raxol::fly::Autostop;

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

TEST_CASE("fly load services: autostop as a boolean or a string", "[fly][config]") {
  auto stop = parse("[http_service]\n  internal_port = 8080\n  auto_stop_machines = true\n");
  REQUIRE(stop.config.http_service);
  CHECK(stop.config.http_service->auto_stop_machines == Autostop::stop);
  auto off = parse("[http_service]\n  internal_port = 8080\n  auto_stop_machines = false\n");
  CHECK(off.config.http_service->auto_stop_machines == Autostop::off);
  auto suspend =
      parse("[http_service]\n  internal_port = 8080\n  auto_stop_machines = \"suspend\"\n");
  CHECK(suspend.config.http_service->auto_stop_machines == Autostop::suspend);
  auto unset = parse("[http_service]\n  internal_port = 8080\n");
  CHECK_FALSE(unset.config.http_service->auto_stop_machines.has_value());
  CHECK(std::string(raxol::fly::autostop_name(Autostop::suspend)) == "suspend");
}

TEST_CASE("fly load services: ports / handlers / checks and concurrency", "[fly][config]") {
  auto loaded = parse(
      "[[services]]\n  internal_port = 8080\n  protocol = \"tcp\"\n"
      "  [services.concurrency]\n    type = \"requests\"\n    hard_limit = 25\n"
      "    soft_limit = 20\n"
      "  [[services.ports]]\n    port = 443\n    handlers = [\"tls\", \"http\"]\n"
      "  [[services.ports]]\n    start_port = 5000\n    end_port = 5010\n"
      "  [[services.tcp_checks]]\n    interval = \"15s\"\n"
      "  [[services.http_checks]]\n    path = \"/up\"\n    method = \"GET\"\n");
  REQUIRE(loaded.config.services.size() == 1);
  const auto& service = loaded.config.services[0];
  CHECK(service.internal_port == 8080);
  CHECK(service.protocol == "tcp");
  REQUIRE(service.ports.size() == 2);
  CHECK(service.ports[0].port == 443);
  CHECK(service.ports[0].handlers == raxol::fly::StringList{"tls", "http"});
  CHECK(service.ports[1].start_port == 5000);
  CHECK(service.ports[1].end_port == 5010);
  REQUIRE(service.concurrency);
  CHECK(service.concurrency->type == "requests");
  CHECK(service.concurrency->hard_limit == 25);
  CHECK(service.concurrency->soft_limit == 20);
  REQUIRE(service.tcp_checks.size() == 1);
  CHECK(service.tcp_checks[0].interval == raxol::Duration(std::chrono::seconds(15)));
  REQUIRE(service.http_checks.size() == 1);
  CHECK(service.http_checks[0].path == std::optional<std::string>("/up"));
}

TEST_CASE("fly load services: legacy concurrency strings and their errors",
          "[fly][config][errors]") {
  auto loaded = parse("[[services]]\n  internal_port = 80\n  concurrency = \"20,25\"\n");
  REQUIRE(loaded.config.services[0].concurrency);
  CHECK(loaded.config.services[0].concurrency->type == "requests");
  CHECK(loaded.config.services[0].concurrency->soft_limit == 20);
  CHECK(loaded.config.services[0].concurrency->hard_limit == 25);
  auto bad = parse_failure("[[services]]\n  internal_port = 80\n  concurrency = \"lots\"\n");
  CHECK(bad.message.rfind("fly.toml:3:17: services[0].concurrency: expected a table or a ", 0) ==
        0);
}
