// Pages environment variables as the secrets facet, against the emulator: set and unset in
// one PATCH (staged until the next deployment), listed by type, scoped to production or
// preview, redeployed through retry, and values never in messages or output.
#include "targets/cloudflare_pages/pages_secrets.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::TempDir;
using raxol::test::cfp::deploy_folder;
using raxol::test::cfp::PagesWorld;
using raxol::test::cfp::write_site;

namespace {
SecretsRequest set_request(std::map<std::string, std::string> values, std::string scope = "") {
  SecretsRequest request;
  request.values = std::move(values);
  request.scope = std::move(scope);
  return request;
}
SecretsRequest unset_request(std::vector<std::string> names, std::string scope = "") {
  SecretsRequest request;
  request.names = std::move(names);
  request.scope = std::move(scope);
  return request;
}
}  // namespace

TEST_CASE("pages secrets: set in one PATCH - staged - listed by type without values",
          "[pages][secrets]") {
  PagesWorld world;
  world.api().create_project("site");
  PagesSecrets secrets(world.context(), world.client(), "site");
  auto set = secrets.set_secrets(set_request({{"API_KEY", "s3cret-value-1"}, {"DB_URL", "pg://x"}}));
  INFO((set.ok() ? "" : set.error().message));
  REQUIRE(set.ok());
  CHECK(set->applied == "staged");
  CHECK(set->names == std::vector<std::string>{"API_KEY", "DB_URL"});
  CHECK(set->details["environment"] == "production");
  CHECK(world.requests("PATCH", "/pages/projects/site") == 1);

  auto listed = secrets.list_secrets("");
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].name == "API_KEY");
  CHECK((*listed)[0].status == "secret_text");
  CHECK((*listed)[0].scope == "production");
  CHECK(secrets.list_secrets("preview").value().empty());
  CHECK(world.err().find("s3cret-value-1") == std::string::npos);
  // The emulator never returns a secret's value.
  auto project = world.api().call("GET", world.api().projects() + "/site");
  CHECK(project.raw.find("s3cret-value-1") == std::string::npos);

  auto unset = secrets.unset_secrets(unset_request({"DB_URL"}));
  REQUIRE(unset.ok());
  CHECK(unset->applied == "staged");
  auto left = secrets.list_secrets("production");
  REQUIRE(left.ok());
  REQUIRE(left->size() == 1);
  CHECK((*left)[0].name == "API_KEY");
}

TEST_CASE("pages secrets: preview scope - bad scopes and unknown names", "[pages][secrets]") {
  PagesWorld world;
  world.api().create_project("site");
  PagesSecrets secrets(world.context(), world.client(), "site");
  REQUIRE(secrets.set_secrets(set_request({{"TOKEN", "p-value"}}, "preview")).ok());
  CHECK(secrets.list_secrets("preview").value().size() == 1);
  CHECK(secrets.list_secrets("production").value().empty());

  auto staging = secrets.set_secrets(set_request({{"X", "y"}}, "staging"));
  REQUIRE_FALSE(staging.ok());
  CHECK(staging.error().kind == ErrorKind::usage);
  CHECK(staging.error().message.find("'staging'") != std::string::npos);

  world.forget_requests();
  auto unknown = secrets.unset_secrets(unset_request({"TOKEN", "NOPE"}, "preview"));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::not_found);
  CHECK(unknown.error().message == "no variable NOPE in the preview environment of site");
  CHECK(world.mutating_requests() == 0);  // nothing removed, not even TOKEN
  CHECK(secrets.list_secrets("preview").value().size() == 1);
  CHECK(secrets.set_secrets(SecretsRequest{}).error().kind == ErrorKind::usage);
  CHECK(secrets.unset_secrets(SecretsRequest{}).error().kind == ErrorKind::usage);
}

TEST_CASE("pages secrets: a refused PATCH names the variables - never their values",
          "[pages][secrets]") {
  PagesWorld world;
  world.api().create_project("site");
  PagesSecrets secrets(world.context(), world.client(), "site");
  auto bad = secrets.set_secrets(set_request({{"BAD-NAME", "value-that-must-not-show"}}));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("set BAD-NAME in site (production)") != std::string::npos);
  CHECK(bad.error().message.find("value-that-must-not-show") == std::string::npos);

  PagesSecrets missing(world.context(), world.client(), "nope");
  auto none = missing.set_secrets(set_request({{"A", "b"}}));
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().kind == ErrorKind::not_found);
  CHECK(none.error().notes.back().find("creates the project") != std::string::npos);
}

TEST_CASE("pages secrets: deploy redeploys what production serves with the new variables",
          "[pages][secrets]") {
  PagesWorld world;
  world.api().create_project("site");
  PagesSecrets secrets(world.context(), world.client(), "site");
  auto nothing = secrets.deploy_secrets();
  REQUIRE_FALSE(nothing.ok());
  CHECK(nothing.error().kind == ErrorKind::not_found);

  TempDir dir;
  write_site(dir.path(), {{"index.html", "v1"}});
  Outcome first = deploy_folder(world, "site", dir.path());
  REQUIRE(secrets.set_secrets(set_request({{"API_KEY", "k"}})).ok());
  auto deployed = secrets.deploy_secrets();
  INFO((deployed.ok() ? "" : deployed.error().message));
  REQUIRE(deployed.ok());
  CHECK(deployed->applied == "deployed");
  CHECK(deployed->details["redeployed"] == first.release_after);
  CHECK(deployed->release != first.release_after);
  auto project = world.client().get_project("site");
  REQUIRE(project.ok());
  CHECK((*project)->canonical->short_id == deployed->release);
  CHECK(world.api().site("site/index.html").body == "v1");  // the same files
  auto record = world.api().call(
      "GET", world.api().projects() + "/site/deployments/" + (*project)->canonical->id);
  CHECK(record.body["result"]["env_vars"].contains("API_KEY"));
}
