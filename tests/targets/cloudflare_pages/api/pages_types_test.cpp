// Project and Deployment read from the API's JSON without throwing: missing, null and
// wrong-typed fields keep their defaults; our success rule; the pages.dev alias preferred.
#include "targets/cloudflare_pages/api/pages_types.h"

#include <catch2/catch.hpp>

using namespace raxol::cloudflare_pages;
using nlohmann::json;

TEST_CASE("pages types: a deployment's fields - trigger metadata and stages", "[pages]") {
  json input = {
      {"id", "0123456789abcdef"},
      {"project_name", "docs"},
      {"environment", "production"},
      {"url", "https://01234567.docs.pages.dev"},
      {"aliases", {"https://docs.example.com", 7, "https://main.docs.pages.dev"}},
      {"created_on", "2026-01-02T03:04:05Z"},
      {"deployment_trigger",
       {{"type", "ad_hoc"},
        {"metadata",
         {{"branch", "main"}, {"commit_hash", "c0ffee"}, {"commit_message", "m"},
          {"commit_dirty", true}}}}},
      {"latest_stage", {{"name", "deploy"}, {"status", "success"}}},
      {"stages", {{{"name", "queued"}, {"status", "success"}}, {{"name", "deploy"}, {"status", "success"}}}}};
  Deployment deployment = deployment_from_json(input);
  CHECK(deployment.short_id == "01234567");  // the first 8 of the id when none is given
  CHECK(deployment.branch == "main");
  CHECK(deployment.commit_hash == "c0ffee");
  CHECK(deployment.commit_dirty);
  CHECK(deployment.trigger_type == "ad_hoc");
  CHECK(deployment.aliases.size() == 2);  // the number is skipped
  CHECK(deployment.preferred_url() == "https://main.docs.pages.dev");
  CHECK(deployment.succeeded());
  CHECK_FALSE(deployment.failed());
  CHECK(deployment.stage_text() == "deploy: success");
  CHECK(deployment.stages.size() == 2);

  json summary = deployment_summary(deployment);
  CHECK(summary["short_id"] == "01234567");
  CHECK(summary["stage"] == "deploy: success");
  CHECK(summary["branch"] == "main");
  CHECK(summary["aliases"].size() == 2);
}

TEST_CASE("pages types: failure - progress and junk input", "[pages]") {
  Deployment building = deployment_from_json(
      {{"id", "x"}, {"short_id", "short"}, {"latest_stage", {{"name", "build"}, {"status", "active"}}}});
  CHECK(building.short_id == "short");
  CHECK_FALSE(building.succeeded());
  CHECK_FALSE(building.failed());
  CHECK(building.preferred_url().empty());

  Deployment failed_early = deployment_from_json(
      {{"latest_stage", {{"name", "deploy"}, {"status", "idle"}}},
       {"stages", {{{"name", "build"}, {"status", "failure"}}}}});
  CHECK(failed_early.failed());  // any failed stage counts
  CHECK(deployment_from_json({{"latest_stage", {{"name", "build"}, {"status", "canceled"}}}})
            .failed());
  // "deploy: success" only counts as the latest stage.
  CHECK_FALSE(deployment_from_json({{"latest_stage", {{"name", "build"}, {"status", "success"}}}})
                  .succeeded());

  for (const json& junk : {json(nullptr), json("text"), json::array({1}),
                           json{{"id", 5}, {"aliases", "x"}, {"deployment_trigger", 3},
                                {"latest_stage", nullptr}, {"stages", {{"nope"}}}}}) {
    Deployment parsed = deployment_from_json(junk);
    CHECK(parsed.id.empty());
    CHECK(parsed.aliases.empty());
    CHECK(parsed.stage_text() == "unknown");
    CHECK_FALSE(parsed.succeeded());
  }
}

TEST_CASE("pages types: a project's deployments and variable types - never values", "[pages]") {
  json input = {
      {"name", "docs"},
      {"production_branch", "main"},
      {"canonical_deployment", {{"id", "aaaaaaaa1111"}}},
      {"latest_deployment", nullptr},
      {"deployment_configs",
       {{"production",
         {{"env_vars",
           {{"API_KEY", {{"type", "secret_text"}, {"value", ""}}},
            {"MODE", {{"type", "plain_text"}, {"value", "fast"}}},
            {"BROKEN", "not an object"}}}}},
        {"preview", {{"env_vars", nullptr}}},
        {"staging", {{"env_vars", {{"X", {{"type", "plain_text"}}}}}}}}}};
  Project project = project_from_json(input);
  CHECK(project.subdomain == "docs.pages.dev");  // derived when the answer has none
  REQUIRE(project.canonical.has_value());
  CHECK(project.canonical->short_id == "aaaaaaaa");
  CHECK_FALSE(project.latest.has_value());
  REQUIRE(project.env_var_types.count("production") == 1);
  CHECK(project.env_var_types["production"] ==
        std::map<std::string, std::string>{{"API_KEY", "secret_text"}, {"MODE", "plain_text"}});
  CHECK(project.env_var_types.count("preview") == 0);
  CHECK(project.env_var_types.count("staging") == 0);  // only production and preview exist

  Project taken = project_from_json({{"name", "docs"}, {"subdomain", "docs-3xf.pages.dev"}});
  CHECK(taken.subdomain == "docs-3xf.pages.dev");
  Project empty = project_from_json(nullptr);
  CHECK(empty.name.empty());
  CHECK(empty.env_var_types.empty());
}
