// Deployments of the Cloudflare emulator: the manifest checks, stages that take stage_ms each
// on the emulator's clock, failing branches with their logs, the production pointer with
// rollback and deletion guards, retries and the service's error codes.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"
#include "support/fake_clock.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: deployments need a manifest of uploaded assets", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  api.upload(api.jwt("site"), {{kIndexKey, "<h1>hi</h1>"}, {kCssKey, "body{}"}});
  auto no_manifest =
      api.call("POST", api.projects() + "/site/deployments", "", "", {{"branch", "main", "", ""}});
  CHECK(no_manifest.status == 400);
  CHECK(envelope_error(no_manifest)["code"] == 8000096);
  auto unknown = api.deploy("site", {{"/x.html", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}});
  CHECK(unknown.status == 400);
  CHECK(envelope_error(unknown)["message"].get<std::string>().find("aaaaaaaa") !=
        std::string::npos);

  auto created = api.deploy("site", {{"/index.html", kIndexKey}, {"/css/app.css", kCssKey}}, "main",
                            "/css/*\n  Cache-Control: max-age=60\n/*\n  X-Frame-Options: DENY\n",
                            "/old /index.html 301\n/docs/* https://docs.example/:splat 302\n");
  INFO(created.raw);
  REQUIRE(created.status == 200);
  const auto deployment = created.body["result"];
  CHECK(deployment["environment"] == "production");
  CHECK(deployment["latest_stage"]["name"] == "deploy");
  CHECK(deployment["latest_stage"]["status"] == "success");
  CHECK(deployment["stages"].size() == 5);
  CHECK(deployment["deployment_trigger"]["metadata"]["commit_hash"] == "abc123");
  const std::string short_id = deployment["short_id"];
  CHECK(deployment["url"] == "https://" + short_id + ".site.pages.dev");

  auto project = api.call("GET", api.projects() + "/site").body["result"];
  CHECK(project["canonical_deployment"]["id"] == deployment["id"]);

  CHECK(envelope_error(api.deploy("site", json::array({1})))["code"] == 8000096);
  CHECK(envelope_error(api.deploy("site", {{"no-slash", kIndexKey}}))["code"] == 8000096);
  CHECK(envelope_error(api.deploy("nope", {{"/index.html", kIndexKey}}))["code"] == 8000007);
  auto listed = api.call("GET", api.projects() + "/site/deployments");
  CHECK(listed.body["result"].size() == 1);
  CHECK(listed.body["result_info"]["total_count"] == 1);
  auto by_short_id = api.call("GET", api.projects() + "/site/deployments/" + short_id);
  CHECK(by_short_id.body["result"]["id"] == deployment["id"]);
  CHECK(envelope_error(api.call("GET", api.projects() + "/site/deployments/nope"))["code"] ==
        8000009);
}

TEST_CASE("pages emulator: stages take time, failing branches fail with logs", "[pages][sandbox]") {
  FakeClock clock;
  SandboxFixture box(
      json{{"cloudflare-pages", {{"stage_ms", 60}, {"failing_branches", {"broken*"}}}}}, &clock);
  PagesApi api(box);
  api.create_project("site");
  api.upload(api.jwt("site"), {{kIndexKey, "<p>x</p>"}});
  auto slow = api.deploy("site", {{"/index.html", kIndexKey}}, "main").body["result"];
  CHECK(slow["latest_stage"]["name"] == "queued");
  CHECK(slow["latest_stage"]["status"] == "active");
  CHECK(api.call("GET", api.projects() + "/site").body["result"]["canonical_deployment"].is_null());
  clock.advance(std::chrono::milliseconds(60));
  auto building =
      api.call("GET", api.projects() + "/site/deployments/" + slow["id"].get<std::string>());
  CHECK(building.body["result"]["latest_stage"]["name"] == "initialize");
  clock.advance(std::chrono::milliseconds(240));  // five stages of 60 ms
  auto done =
      api.call("GET", api.projects() + "/site/deployments/" + slow["id"].get<std::string>());
  CHECK(done.body["result"]["latest_stage"]["status"] == "success");
  CHECK(api.call("GET", api.projects() + "/site").body["result"]["canonical_deployment"]["id"] ==
        slow["id"]);

  auto broken = api.deploy("site", {{"/index.html", kIndexKey}}, "broken-1").body["result"];
  CHECK(broken["environment"] == "preview");
  clock.advance(std::chrono::milliseconds(300));
  const std::string path = api.projects() + "/site/deployments/" + broken["id"].get<std::string>();
  auto failed = api.call("GET", path).body["result"];
  CHECK(failed["latest_stage"]["name"] == "deploy");
  CHECK(failed["latest_stage"]["status"] == "failure");
  auto logs = api.call("GET", path + "/history/logs?size=10000000").body["result"];
  CHECK(logs["data"].back()["line"].get<std::string>().find("Failed") != std::string::npos);
}

TEST_CASE("pages emulator: rollback moves production, deletion guards it", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  api.upload(api.jwt("site"), {{kIndexKey, "one"}, {kCssKey, "two"}});
  auto first = api.deploy("site", {{"/index.html", kIndexKey}}, "main").body["result"];
  auto preview = api.deploy("site", {{"/index.html", kCssKey}}, "feature/x").body["result"];
  auto second = api.deploy("site", {{"/index.html", kCssKey}}, "main").body["result"];
  CHECK(preview["aliases"][0] == "https://feature-x.site.pages.dev");
  CHECK(api.site("site/").body == "two");
  CHECK(api.site("feature-x.site.pages.dev/").body == "two");

  const std::string deployments = api.projects() + "/site/deployments/";
  auto refused = api.call("POST", deployments + preview["id"].get<std::string>() + "/rollback");
  CHECK(refused.status == 400);
  auto rolled = api.call("POST", deployments + first["id"].get<std::string>() + "/rollback");
  REQUIRE(rolled.status == 200);
  CHECK(rolled.body["result"]["id"] == first["id"]);
  CHECK(api.site("site/").body == "one");

  auto production = api.call("GET", api.projects() + "/site/deployments?env=production");
  REQUIRE(production.body["result"].size() == 2);
  CHECK(production.body["result"][0]["id"] == second["id"]);  // newest first
  CHECK(api.call("DELETE", deployments + first["id"].get<std::string>()).status == 400);
  CHECK(api.call("DELETE", deployments + second["id"].get<std::string>()).status == 200);
  CHECK(api.call("GET", deployments + second["id"].get<std::string>()).status == 404);
  CHECK(api.site("site/").body == "one");
}

TEST_CASE("pages emulator: a retry copies a deployment, a production one needs success",
          "[pages][sandbox]") {
  FakeClock clock;
  SandboxFixture box(json{{"cloudflare-pages", {{"stage_ms", 10}}}}, &clock);
  PagesApi api(box);
  api.create_project("site");
  api.upload(api.jwt("site"), {{kIndexKey, "one"}});
  auto first = api.deploy("site", {{"/index.html", kIndexKey}}, "main").body["result"];
  const std::string deployments = api.projects() + "/site/deployments/";
  // Not finished yet: a rollback to it is refused.
  auto early = api.call("POST", deployments + first["id"].get<std::string>() + "/rollback");
  CHECK(envelope_error(early)["code"] == 8000035);
  auto retried = api.call("POST", deployments + first["id"].get<std::string>() + "/retry");
  REQUIRE(retried.status == 200);
  CHECK(retried.body["result"]["id"] != first["id"]);
  CHECK(retried.body["result"]["deployment_trigger"]["metadata"]["branch"] == "main");
  clock.advance(std::chrono::milliseconds(50));
  CHECK(api.site("site/").body == "one");
  CHECK(api.call("GET", deployments + "x/retry").status == 404);
  auto logs = api.call("GET", deployments + first["id"].get<std::string>() + "/history/logs");
  CHECK(logs.body["result"]["data"].back()["line"] == "Success: Your site was deployed!");
}
