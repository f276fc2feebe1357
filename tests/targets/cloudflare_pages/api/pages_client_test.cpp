// Every call of the Pages API client over real HTTP against the emulator: the account, projects
// (missing is nullopt, not an error), upload tokens, the asset calls with a JWT, deployments
// created, listed newest first, read, deleted, rolled back and retried, and build logs.
#include "targets/cloudflare_pages/api/pages_client.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"
#include "util/base64.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::cfp::PagesWorld;
using raxol::test::kCssKey;
using raxol::test::kIndexKey;

namespace {

// Uploads `key` holding `text` with the client's own upload call.
void upload(PagesClient& client, const std::string& jwt, const std::string& key,
            const std::string& text) {
  nlohmann::json body = nlohmann::json::array(
      {{{"key", key},
        {"value", base64_encode(text)},
        {"metadata", {{"contentType", "text/html"}}},
        {"base64", true}}});
  auto sent = client.transport().send(client.upload_call(jwt, body.dump(), 1));
  INFO((sent.ok() ? "" : sent.error().message));
  REQUIRE(sent.ok());
}

// A production deployment of one page; returns it.
Deployment deploy_page(PagesClient& client, const std::string& project, const std::string& key,
                       const std::string& text, const std::string& branch = "main") {
  auto jwt = client.upload_token(project);
  REQUIRE(jwt.ok());
  upload(client, jwt->token, key, text);
  DeploymentForm form;
  form.manifest = nlohmann::json{{"/index.html", key}}.dump();
  form.branch = branch;
  form.commit_hash = "c0ffee";
  form.commit_message = "a page";
  form.commit_dirty = false;
  auto answer = client.create_deployment(project, form);
  REQUIRE(answer.ok());
  INFO(answer->raw);
  REQUIRE(answer->ok());
  return deployment_from_json(answer->result());
}

}  // namespace

TEST_CASE("pages client: the account is the configured one - else the only one the token sees",
          "[pages][client]") {
  PagesWorld world;
  CHECK(world.client().account_id().value() == world.endpoints().account_id);
  PagesEndpoints unset = world.endpoints();
  const std::string expected = unset.account_id;
  unset.account_id.clear();
  PagesTransport transport(world.http(), unset);
  PagesClient client(transport);
  CHECK(client.account_id().value() == expected);
  CHECK(client.account_id().value() == expected);
  CHECK(world.requests("GET", "/accounts") == 1);  // asked once
  CHECK(client.project_path("my site").value() ==
        "/accounts/" + expected + "/pages/projects/my%20site");
}

TEST_CASE("pages client: projects are read - created and patched - a missing one is nullopt",
          "[pages][client]") {
  PagesWorld world;
  auto none = world.client().get_project("docs");
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());

  auto created = world.client().create_project("docs", "trunk");
  REQUIRE(created.ok());
  CHECK(created->name == "docs");
  CHECK(created->production_branch == "trunk");
  CHECK(created->subdomain.find(".pages.dev") != std::string::npos);

  auto again = world.client().create_project("docs", "trunk");
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().kind == ErrorKind::conflict);

  auto patched = world.client().patch_project("docs", {{"production_branch", "main"}},
                                              "set the production branch of docs");
  REQUIRE(patched.ok());
  CHECK(patched->production_branch == "main");
  auto read = world.client().get_project("docs");
  REQUIRE(read.ok());
  REQUIRE(read->has_value());
  CHECK((*read)->production_branch == "main");
  CHECK_FALSE((*read)->canonical.has_value());
}

TEST_CASE("pages client: check-missing - upload and upsert with the upload JWT",
          "[pages][client]") {
  PagesWorld world;
  world.api().create_project("docs");
  auto jwt = world.client().upload_token("docs");
  REQUIRE(jwt.ok());
  CHECK_FALSE(jwt->token.empty());
  auto missing = world.client().check_missing(jwt->token, {kIndexKey, kCssKey});
  REQUIRE(missing.ok());
  CHECK(missing->size() == 2);
  upload(world.client(), jwt->token, kIndexKey, "<h1>hi</h1>");
  missing = world.client().check_missing(jwt->token, {kIndexKey, kCssKey});
  REQUIRE(missing.ok());
  CHECK(*missing == std::vector<std::string>{kCssKey});
  CHECK(world.client().upsert_hashes(jwt->token, {kIndexKey}).ok());

  auto none = world.client().upload_token("no-such-project");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().kind == ErrorKind::not_found);
}

TEST_CASE("pages client: deployments created - listed newest first - read - unknown ids not found",
          "[pages][client]") {
  PagesWorld world;
  world.api().create_project("docs");
  Deployment first = deploy_page(world.client(), "docs", kIndexKey, "one");
  world.clock().advance(std::chrono::seconds(5));
  Deployment second = deploy_page(world.client(), "docs", kCssKey, "two");
  world.clock().advance(std::chrono::seconds(5));
  Deployment preview = deploy_page(world.client(), "docs", kCssKey, "two", "feature");
  CHECK(first.branch == "main");
  CHECK(first.environment == "production");
  CHECK(preview.environment == "preview");

  auto all = world.client().list_deployments("docs", "");
  REQUIRE(all.ok());
  REQUIRE(all->size() == 3);
  CHECK((*all)[0].id == preview.id);
  CHECK((*all)[2].id == first.id);
  auto production = world.client().list_deployments("docs", "production");
  REQUIRE(production.ok());
  REQUIRE(production->size() == 2);
  CHECK((*production)[0].id == second.id);
  CHECK(world.client().list_deployments("docs", "", 1).value().size() == 1);

  auto read = world.client().get_deployment("docs", first.id);
  REQUIRE(read.ok());
  CHECK(read->commit_hash == "c0ffee");
  CHECK(read->succeeded());
  auto gone = world.client().get_deployment("docs", "no-such-deployment");
  REQUIRE_FALSE(gone.ok());
  CHECK(gone.error().kind == ErrorKind::not_found);
}

TEST_CASE("pages client: rollback - retry and build logs", "[pages][client]") {
  PagesWorld world;
  world.api().create_project("docs");
  Deployment first = deploy_page(world.client(), "docs", kIndexKey, "one");
  world.clock().advance(std::chrono::seconds(5));
  Deployment second = deploy_page(world.client(), "docs", kCssKey, "two");
  Deployment preview = deploy_page(world.client(), "docs", kCssKey, "two", "feature");

  auto back = world.client().rollback("docs", first.id);
  REQUIRE(back.ok());
  CHECK(back->id == first.id);
  auto project = world.client().get_project("docs");
  REQUIRE(project.ok());
  CHECK((*project)->canonical->id == first.id);
  auto refused = world.client().rollback("docs", preview.id);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("code 8000035") != std::string::npos);

  auto retried = world.client().retry_deployment("docs", second.id);
  REQUIRE(retried.ok());
  CHECK(retried->id != second.id);
  CHECK(world.client().list_deployments("docs", "production").value().size() == 3);

  auto logs = world.client().deployment_logs("docs", first.id);
  REQUIRE(logs.ok());
  REQUIRE_FALSE(logs->empty());
  CHECK(logs->back() == "Success: Your site was deployed!");
}
