#include "render/facet_results.h"

#include <catch2/catch.hpp>

#include "render/ui_capture.h"

using raxol::test::CapturedUi;

TEST_CASE("facet results: secrets outcomes name the secrets, never values", "[render]") {
  raxol::TargetSpec spec;
  spec.name = "fly";
  spec.kind = "fly";
  raxol::SecretsOutcome outcome;
  outcome.names = {"A", "B"};
  outcome.applied = "deployed";
  outcome.release = "v3";
  CHECK(raxol::secrets_outcome_text(spec, "set", outcome) == "set A, B on fly (deployed in release v3)");
  outcome.applied = "staged";
  CHECK(raxol::secrets_outcome_text(spec, "set", outcome).find("after the next deploy") !=
        std::string::npos);
  CHECK(raxol::secrets_outcome_json(spec, outcome)["names"] == nlohmann::json{"A", "B"});

  CapturedUi empty(false);
  raxol::print_secret_list(empty.ui, spec, {});
  CHECK(empty.err.str().find("fly has no secrets") != std::string::npos);
}

TEST_CASE("facet results: log lines are JSON lines under --json", "[render]") {
  raxol::LogEntry entry{"2026-01-02T03:04:05Z", "hello", "info", "m1", "sjc"};
  CapturedUi json(true);
  raxol::print_log_entry(json.ui, entry);
  CHECK(json.out.str().find('\n') == json.out.str().size() - 1);  // one line
  CHECK(nlohmann::json::parse(json.out.str())["message"] == "hello");
  CapturedUi human(false);
  raxol::print_log_entry(human.ui, entry);
  CHECK(human.out.str() == "2026-01-02T03:04:05Z m1 sjc [info] hello\n");
}

TEST_CASE("facet results: certificates with their DNS records", "[render]") {
  raxol::CertificateInfo info;
  info.hostname = "raxol.io";
  info.status = "pending";
  info.dns_records = {{"CNAME", "raxol.io", "app.fly.dev", "routing"}};
  CHECK(raxol::certificate_json("fly", info)["target"] == "fly");
  CHECK(raxol::certificate_list_json("fly", {info})["certificates"][0].count("target") == 0);
  CapturedUi human(false);
  raxol::print_certificate(human.ui, "fly", info);
  CHECK(human.out.str().find("Set these DNS records:") != std::string::npos);
  CapturedUi none(false);
  raxol::print_certificate_list(none.ui, "fly", {});
  CHECK(none.out.str() == "fly has no custom domains\n");
}
