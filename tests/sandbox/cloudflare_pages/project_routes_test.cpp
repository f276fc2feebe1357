// Pages projects in the Cloudflare emulator: the v4 envelope and codes, create (wrangler's
// text/plain body), list pages, get, patch, delete, the upload token, and the account check.
#include <catch2/catch.hpp>

#include "sandbox/cloudflare_pages/pages_api.h"

using namespace raxol::test;
using nlohmann::json;

TEST_CASE("pages emulator: projects, envelope and error codes", "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  auto missing = api.call("GET", api.projects() + "/nope");
  CHECK(missing.status == 404);
  CHECK(envelope_error(missing)["code"] == 8000007);

  auto bad_token = api.call("GET", api.projects() + "/nope", "", "wrong-token");
  CHECK(bad_token.status == 403);
  CHECK(envelope_error(bad_token)["code"] == 10000);
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
  CHECK(envelope_error(no_route)["code"] == 7003);
  CHECK(api.call("GET", "/client/v4/accounts").body["result"][0]["id"] == api.account());
  CHECK(api.call("GET", "/client/v4/user/tokens/verify").body["result"]["status"] == "active");
}

TEST_CASE("pages emulator: project pages, patch, delete, upload token and account checks",
          "[pages][sandbox]") {
  SandboxFixture box;
  PagesApi api(box);
  for (const std::string name : {"a", "b", "c"}) api.create_project(name, "trunk");
  auto page = api.call("GET", api.projects() + "?per_page=2&page=2");
  REQUIRE(page.status == 200);
  CHECK(page.body["result"].size() == 1);
  CHECK(page.body["result_info"] ==
        json{{"page", 2}, {"per_page", 2}, {"count", 1}, {"total_count", 3}, {"total_pages", 2}});
  // Lenient, as the API: what is not a number reads as the first page / smallest size.
  CHECK(api.call("GET", api.projects() + "?page=x&per_page=x").body["result_info"]["page"] == 1);
  CHECK(api.call("GET", api.projects() + "/a").body["result"]["production_branch"] == "trunk");

  auto patched = api.call("PATCH", api.projects() + "/a", R"({"production_branch": "main"})");
  CHECK(patched.body["result"]["production_branch"] == "main");
  CHECK(envelope_error(api.call("PATCH", api.projects() + "/a", "[1]"))["code"] == 8000010);
  CHECK(envelope_error(api.call("PATCH", api.projects() + "/zz", "{}"))["code"] == 8000007);

  CHECK(api.call("POST", api.projects() + "/a/purge_build_cache").status == 200);
  CHECK(api.call("GET", api.projects() + "/zz/upload-token").status == 404);
  auto other_account = api.call("GET", "/client/v4/accounts/0000/pages/projects/a");
  CHECK(other_account.status == 403);
  CHECK(envelope_error(other_account)["code"] == 9109);

  CHECK(api.call("DELETE", api.projects() + "/a").body["result"].is_null());
  CHECK(api.call("GET", api.projects() + "/a").status == 404);
  CHECK(api.call("DELETE", api.projects() + "/a").status == 404);
  CHECK(api.call("GET", api.projects()).body["result_info"]["total_count"] == 2);
}
