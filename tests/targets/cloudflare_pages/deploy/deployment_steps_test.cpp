// Creating a deployment (repeated only when the service says nothing was created; after a lost
// answer, the newest deployments are searched before resending) and waiting for its stages,
// against the Pages emulator: its stages advance with the fake clock the waits sleep on.
#include "targets/cloudflare_pages/deploy/deployment_steps.h"

#include <catch2/catch.hpp>

#include "targets/cloudflare_pages/pages_test_support.h"

using namespace raxol;
using namespace raxol::cloudflare_pages;
using raxol::test::kIndexKey;
using raxol::test::cfp::PagesWorld;
using std::chrono::milliseconds;

namespace {

const std::string kDeployments = "/client/v4/accounts/*/pages/projects/site/deployments";

// A project "site" with kIndexKey stored, and a form deploying it.
DeploymentForm prepared(PagesWorld& world, const std::string& branch = "main") {
  world.api().create_project("site");
  world.api().upload(world.api().jwt("site"), {{kIndexKey, "<h1>hi</h1>"}});
  DeploymentForm form;
  form.manifest = nlohmann::json{{"/index.html", kIndexKey}}.dump();
  form.branch = branch;
  form.commit_hash = "abc123";
  return form;
}

}  // namespace

TEST_CASE("pages create deployment: a JSON 5xx is repeated after a pause - a 400 is not",
          "[pages][deployment]") {
  PagesWorld world;
  DeploymentForm form = prepared(world);
  world.fault("POST", kDeployments, {{"status", 500}, {"times", 1}});
  auto retried = create_deployment(world.client(), world.clock(), "site", form);
  REQUIRE(retried.ok());
  CHECK(retried->short_id.size() == 8);
  CHECK(world.requests("POST", "/deployments") == 2);
  CHECK(world.clock().sleeps() == std::vector<milliseconds>{milliseconds(1000)});

  DeploymentForm unknown_asset = form;
  unknown_asset.manifest = R"({"/index.html":"ffffffffffffffffffffffffffffffff"})";
  auto refused = create_deployment(world.client(), world.clock(), "site", unknown_asset);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("code 8000096") != std::string::npos);
  CHECK(world.requests("POST", "/deployments") == 3);  // sent once
}

TEST_CASE("pages create deployment: gives up after the last attempt with the service's words",
          "[pages][deployment]") {
  PagesWorld world;
  DeploymentForm form = prepared(world);
  world.fault("POST", kDeployments, {{"status", 503}});
  CreateOptions options;
  options.max_attempts = 3;
  auto failed = create_deployment(world.client(), world.clock(), "site", form, options);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message.rfind("Cloudflare API: create a deployment of site: HTTP 503", 0) ==
        0);
  CHECK(world.requests("POST", "/deployments") == 3);
  CHECK(world.clock().sleeps() == std::vector<milliseconds>{milliseconds(1000), milliseconds(2000)});
  CHECK(world.client().list_deployments("site", "").value().empty());
}

TEST_CASE("pages create deployment: after a lost answer ours is looked for before resending",
          "[pages][deployment]") {
  SECTION("the service has it: no second creation") {
    PagesWorld world;
    DeploymentForm form = prepared(world);
    // A deployment of this branch and commit made just now stands for the one whose answer
    // was lost (the emulator drops a connection before its handler runs).
    auto seeded = world.api().deploy("site", nlohmann::json{{"/index.html", kIndexKey}}, "main");
    REQUIRE(seeded.status == 200);
    world.fault("POST", kDeployments, {{"drop", true}, {"times", 1}});
    auto found = create_deployment(world.client(), world.clock(), "site", form);
    REQUIRE(found.ok());
    CHECK(found->id == seeded.body["result"]["id"]);
    CHECK(world.requests("POST", "/deployments") == 2);  // the seed and the lost one
    CHECK(world.requests("GET", "/deployments") == 1);
  }
  SECTION("it does not: sent again") {
    PagesWorld world;
    DeploymentForm form = prepared(world);
    world.fault("POST", kDeployments, {{"drop", true}, {"times", 1}});
    auto created = create_deployment(world.client(), world.clock(), "site", form);
    REQUIRE(created.ok());
    CHECK(world.requests("POST", "/deployments") == 2);
    CHECK(world.client().list_deployments("site", "").value().size() == 1);
  }
}

TEST_CASE("pages wait: polls at once - then backs off until the deploy stage succeeds",
          "[pages][deployment]") {
  PagesWorld world(nlohmann::json{{"stage_ms", 1000}});
  DeploymentForm form = prepared(world);
  auto created = create_deployment(world.client(), world.clock(), "site", form);
  REQUIRE(created.ok());
  CHECK_FALSE(created->succeeded());
  WaitOptions options;
  auto done = wait_for_deployment(world.client(), world.clock(), "site", *created, options);
  INFO((done.ok() ? "" : done.error().message));
  REQUIRE(done.ok());
  CHECK(done->succeeded());
  const auto sleeps = world.clock().sleeps();
  REQUIRE(sleeps.size() >= 2);
  CHECK(sleeps[0] == milliseconds(500));
  CHECK(sleeps[1] == milliseconds(1000));
  for (auto sleep : sleeps) CHECK(sleep <= options.max_delay);
}

TEST_CASE("pages wait: a failed stage carries the build log - a timeout says the state is unknown",
          "[pages][deployment]") {
  SECTION("failure") {
    PagesWorld world(nlohmann::json{{"failing_branches", {"broken*"}}});
    DeploymentForm form = prepared(world, "broken-1");
    auto created = create_deployment(world.client(), world.clock(), "site", form);
    REQUIRE(created.ok());
    auto failed = wait_for_deployment(world.client(), world.clock(), "site", *created, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::failed);
    CHECK(failed.error().message.find("failed at stage deploy: failure") != std::string::npos);
    REQUIRE_FALSE(failed.error().notes.empty());
    CHECK(failed.error().notes.back().find("Failed: deploy stage failed") != std::string::npos);
  }
  SECTION("timeout") {
    PagesWorld world(nlohmann::json{{"stage_ms", 600000}});
    DeploymentForm form = prepared(world);
    auto created = create_deployment(world.client(), world.clock(), "site", form);
    REQUIRE(created.ok());
    WaitOptions options;
    options.timeout = std::chrono::seconds(10);
    auto late = wait_for_deployment(world.client(), world.clock(), "site", *created, options);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::timeout);
    CHECK(late.error().message.find("did not finish in 10 s; its state is unknown") !=
          std::string::npos);
  }
  SECTION("cancel") {
    PagesWorld world(nlohmann::json{{"stage_ms", 600000}});
    DeploymentForm form = prepared(world);
    auto created = create_deployment(world.client(), world.clock(), "site", form);
    REQUIRE(created.ok());
    CancelToken cancel;
    cancel.request();
    WaitOptions options;
    options.cancel = &cancel;
    auto stopped = wait_for_deployment(world.client(), world.clock(), "site", *created, options);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind == ErrorKind::interrupted);
    CHECK(world.clock().sleeps().empty());  // one poll, no wait
  }
}
