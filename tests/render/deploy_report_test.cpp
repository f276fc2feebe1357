// The deploy report: --json, the summary table and the GitHub job summary in Markdown.
#include "render/deploy_report.h"

#include <catch2/catch.hpp>

using nlohmann::json;

namespace {
raxol::TargetRun run_of(const std::string& name, raxol::RunResult result) {
  raxol::TargetRun run;
  run.spec.name = name;
  run.spec.kind = name == "fly" ? "fly" : "cloudflare-pages";
  run.result = result;
  return run;
}

raxol::DeployAllReport mixed_report() {
  raxol::DeployAllReport report;
  auto fly = run_of("fly", raxol::RunResult::deployed);
  fly.release_before = "v1";
  fly.release_after = "v2";
  fly.duration = std::chrono::milliseconds(2340);
  fly.url = "https://a.fly.dev";
  auto pages = run_of("pages", raxol::RunResult::failed);
  pages.spec.optional = true;
  pages.duration = std::chrono::milliseconds(500);
  pages.reason = "upload | failed\nbadly";
  auto later = run_of("later", raxol::RunResult::not_started);
  later.reason = "an earlier target failed";
  report.runs = {fly, pages, later};
  report.failure = raxol::make_error(raxol::ErrorKind::partial, "1 optional target failed");
  return report;
}
}  // namespace

TEST_CASE("deploy report: JSON lists every run and the failure", "[render][deploy_report]") {
  const json document = raxol::deploy_report_json(mixed_report());
  CHECK(document["ok"] == false);
  CHECK(document["error"]["message"] == "1 optional target failed");
  REQUIRE(document["targets"].size() == 3);
  const json& fly = document["targets"][0];
  CHECK(fly["result"] == "deployed");
  CHECK(fly["release_after"] == "v2");
  CHECK(fly["duration_seconds"].get<double>() == Approx(2.34));
  CHECK_FALSE(fly.contains("reason"));
  CHECK(document["targets"][1]["optional"] == true);
  CHECK(document["targets"][2]["result"] == "not started");
  CHECK(document["targets"][2]["reason"] == "an earlier target failed");

  raxol::DeployAllReport fine;
  fine.runs = {run_of("fly", raxol::RunResult::unchanged)};
  const json ok = raxol::deploy_report_json(fine);
  CHECK(ok["ok"] == true);
  CHECK_FALSE(ok.contains("error"));
}

TEST_CASE("deploy report: table shows releases durations and reasons", "[render][deploy_report]") {
  const std::string table = raxol::deploy_report_table(mixed_report());
  CHECK(table.rfind("TARGET  RESULT", 0) == 0);
  CHECK(table.find("v1 -> v2") != std::string::npos);
  CHECK(table.find("2.3s") != std::string::npos);
  CHECK(table.find("failed (optional)") != std::string::npos);
  auto later = table.find("\nlater");
  REQUIRE(later != std::string::npos);
  CHECK(table.substr(later).find("0.0s") == std::string::npos);
}

TEST_CASE("deploy report: Markdown escapes pipes and newlines in reasons",
          "[render][deploy_report]") {
  const std::string markdown = raxol::deploy_report_markdown(mixed_report(), "Deploy");
  CHECK(markdown.rfind("### Deploy\n\n**1 optional target failed**\n\n", 0) == 0);
  CHECK(markdown.find("| fly | deployed | v1 → v2 | 2.3s | https://a.fly.dev |\n") !=
        std::string::npos);
  CHECK(markdown.find("| pages | failed (optional) |  | 0.5s | upload   failed badly |\n") !=
        std::string::npos);

  raxol::DeployAllReport fine;
  fine.runs = {run_of("fly", raxol::RunResult::unchanged)};
  CHECK(raxol::deploy_report_markdown(fine, "T").find("All targets deployed.") !=
        std::string::npos);
}
