// The Cloudflare Pages emulator speaks the v4 API: envelopes and codes, signed upload JWTs with
// expiry, content-addressed assets, deployments with stages, production pointer and rollback,
// and the deployed sites with _headers and _redirects applied.
#include <catch2/catch.hpp>
#include <thread>

#include "sandbox/cloudflare_pages/pages_api.h"
#include "sandbox/cloudflare_pages/pages_state.h"

using namespace raxol::test;
using nlohmann::json;

namespace {
const std::string kIndex = "0123456789abcdef0123456789abcdef";
const std::string kCss = "fedcba9876543210fedcba9876543210";

json error_of(const ApiAnswer& answer) {
  REQUIRE(answer.body.is_object());
  CHECK(answer.body["success"] == false);
  CHECK(answer.body["result"].is_null());
  return answer.body["errors"][0];
}
}  // namespace

TEST_CASE("pages emulator: projects, envelope and error codes", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  auto missing = api.call("GET", api.projects() + "/nope");
  CHECK(missing.status == 404);
  CHECK(error_of(missing)["code"] == 8000007);

  auto bad_token = api.call("GET", api.projects() + "/nope", "", "wrong-token");
  CHECK(bad_token.status == 403);
  CHECK(error_of(bad_token)["code"] == 10000);
  CHECK(bad_token.raw.find("wrong-token") == std::string::npos);

  // wrangler sends the creation body without a JSON content type.
  raxol::HttpRequest create("POST", box.sandbox().base_url() + api.projects());
  create.headers = {{"Authorization", "Bearer " + box.env().at("CLOUDFLARE_API_TOKEN")},
                    {"Content-Type", "text/plain;charset=UTF-8"}};
  create.body = R"({"name":"site","production_branch":"main"})";
  auto created = raxol::make_curl_http_client({"t", false})->send(create);
  REQUIRE(created.ok());
  REQUIRE(created->status == 200);
  auto project = json::parse(created->body)["result"];
  CHECK(project["subdomain"] == "site.pages.dev");
  CHECK(project["deployment_configs"]["production"].contains("compatibility_date"));
  CHECK(project["deployment_configs"]["preview"].contains("compatibility_date"));
  CHECK_FALSE(project.contains("source"));
  CHECK(project["canonical_deployment"].is_null());

  CHECK(api.call("POST", api.projects(), R"({"name":"site"})").status == 409);
  CHECK(api.call("POST", api.projects(), R"({"name":"Bad Name"})").status == 400);
  auto listed = api.call("GET", api.projects());
  CHECK(listed.body["result"].size() == 1);
  CHECK(listed.body["result_info"]["total_count"] == 1);
  auto no_route = api.call("GET", "/client/v4/accounts/x/nothing/here");
  CHECK(no_route.status == 404);
  CHECK(error_of(no_route)["code"] == 7003);
  CHECK(api.call("GET", "/client/v4/accounts").body["result"][0]["id"] == api.account());
  CHECK(api.call("GET", "/client/v4/user/tokens/verify").body["result"]["status"] == "active");
}

TEST_CASE("pages emulator: upload JWTs are signed, expire and are checked", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string jwt = api.jwt("site");
  CHECK(std::count(jwt.begin(), jwt.end(), '.') == 2);
  const std::string check = "/client/v4/pages/assets/check-missing";
  const std::string body = json{{"hashes", {kIndex}}}.dump();
  auto ok = api.call("POST", check, body, jwt);
  REQUIRE(ok.status == 200);
  CHECK(ok.body["result"] == json::array({kIndex}));

  // The API token is not an upload JWT; a tampered JWT is refused.
  CHECK(error_of(api.call("POST", check, body))["code"] == 8000013);
  std::string tampered = jwt;
  tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
  CHECK(api.call("POST", check, body, tampered).status == 401);

  box.patch_settings({{"cloudflare-pages", {{"jwt_ttl_seconds", -1}}}});
  const std::string expired = api.jwt("site");
  auto refused = api.call("POST", check, body, expired);
  CHECK(refused.status == 401);
  CHECK(error_of(refused)["message"] == "Expired JWT");
  box.patch_settings({{"cloudflare-pages", {{"expired_jwt_plain_text", true}}}});
  auto plain = api.call("POST", check, body, expired);
  CHECK(plain.status == 403);
  CHECK(plain.raw == "Expired JWT");
  CHECK(plain.body.is_null());
}

TEST_CASE("pages emulator: assets, deployments and the served site", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  api.create_project("site");
  const std::string jwt = api.jwt("site");
  json upload = json::array({{{"key", kIndex},
                              {"value", "PGgxPmhpPC9oMT4="},
                              {"metadata", {{"contentType", "text/html"}}},
                              {"base64", true}},
                             {{"key", kCss},
                              {"value", "Ym9keXt9"},
                              {"metadata", {{"contentType", "text/css"}}},
                              {"base64", true},
                              {"extra", {1, 2}}}});
  REQUIRE(api.call("POST", "/client/v4/pages/assets/upload", upload.dump(), jwt).status == 200);
  auto bad = api.call("POST", "/client/v4/pages/assets/upload",
                      R"([{"key":"xyz","value":"","base64":true}])", jwt);
  CHECK(bad.status == 400);
  auto missing = api.call("POST", "/client/v4/pages/assets/check-missing",
                          json{{"hashes", {kIndex, kCss}}}.dump(), jwt);
  CHECK(missing.body["result"].empty());
  CHECK(api.call("POST", "/client/v4/pages/assets/upsert-hashes",
                 json{{"hashes", {kIndex, kCss}}}.dump(), jwt)
            .status == 200);

  auto no_manifest =
      api.call("POST", api.projects() + "/site/deployments", "", "", {{"branch", "main", "", ""}});
  CHECK(no_manifest.status == 400);
  CHECK(error_of(no_manifest)["code"] == 8000096);
  auto unknown = api.deploy("site", {{"/x.html", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}});
  CHECK(unknown.status == 400);
  CHECK(error_of(unknown)["message"].get<std::string>().find("aaaaaaaa") != std::string::npos);

  auto created = api.deploy("site", {{"/index.html", kIndex}, {"/css/app.css", kCss}}, "main",
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

  auto index = api.site("site/");
  CHECK(index.status == 200);
  CHECK(index.body == "<h1>hi</h1>");
  CHECK(index.header("Content-Type") == "text/html");
  CHECK(index.header("X-Frame-Options") == "DENY");
  auto css = api.site(short_id + ".site.pages.dev/css/app.css");
  CHECK(css.body == "body{}");
  CHECK(css.header("Cache-Control") == "max-age=60");
  CHECK(api.site("main.site.pages.dev/index").body == "<h1>hi</h1>");
  auto moved = api.site("site/old");
  CHECK(moved.status == 301);
  CHECK(moved.header("Location") == "/index.html");
  CHECK(api.site("site/docs/a/b").header("Location") == "https://docs.example/a/b");
  CHECK(api.site("site/anything/else").body == "<h1>hi</h1>");  // single-page fallback
  CHECK(api.site("nosuchproject/").status == 404);
}

TEST_CASE("pages emulator: stages take time, failing branches fail with logs", "[pages][sandbox]") {
  SandboxFixture box(
      json{{"cloudflare-pages", {{"stage_ms", 60}, {"failing_branches", {"broken*"}}}}});
  PagesApi api(box);
  api.create_project("site");
  api.upload(api.jwt("site"), {{kIndex, "<p>x</p>"}});
  auto slow = api.deploy("site", {{"/index.html", kIndex}}, "main").body["result"];
  CHECK(slow["latest_stage"]["name"] == "queued");
  CHECK(slow["latest_stage"]["status"] == "active");
  CHECK(api.call("GET", api.projects() + "/site").body["result"]["canonical_deployment"].is_null());
  std::this_thread::sleep_for(std::chrono::milliseconds(350));
  auto done =
      api.call("GET", api.projects() + "/site/deployments/" + slow["id"].get<std::string>());
  CHECK(done.body["result"]["latest_stage"]["status"] == "success");
  CHECK(api.call("GET", api.projects() + "/site").body["result"]["canonical_deployment"]["id"] ==
        slow["id"]);

  auto broken = api.deploy("site", {{"/index.html", kIndex}}, "broken-1").body["result"];
  CHECK(broken["environment"] == "preview");
  std::this_thread::sleep_for(std::chrono::milliseconds(350));
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
  api.upload(api.jwt("site"), {{kIndex, "one"}, {kCss, "two"}});
  auto first = api.deploy("site", {{"/index.html", kIndex}}, "main").body["result"];
  auto preview = api.deploy("site", {{"/index.html", kCss}}, "feature/x").body["result"];
  auto second = api.deploy("site", {{"/index.html", kCss}}, "main").body["result"];
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
