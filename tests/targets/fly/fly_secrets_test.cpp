// App secrets against the emulator: set restarts every machine with the new secrets as a
// release (values readable in the machines, never returned by the API), --stage only stores
// them until `secrets deploy`, unset refuses unknown names without removing anything, and an
// app without machines keeps them for its first deploy.
#include "targets/fly/fly_secrets.h"

#include <catch2/catch.hpp>

#include "targets/fly/fly_test_support.h"

using raxol::ErrorKind;
using raxol::SecretsRequest;
using raxol::fly::test::advancing;
using raxol::fly::test::deploy;
using raxol::fly::test::FlyTestContext;
using raxol::test::test_fly_toml;

namespace {

std::map<std::string, std::string> statuses(raxol::SecretsFacet& secrets) {
  auto listed = secrets.list_secrets("");
  REQUIRE(listed.ok());
  std::map<std::string, std::string> result;
  for (const auto& secret : *listed) result[secret.name] = secret.status;
  return result;
}

SecretsRequest set(std::map<std::string, std::string> values, bool stage = false) {
  SecretsRequest request;
  request.values = std::move(values);
  request.stage = stage;
  return request;
}

}  // namespace

TEST_CASE("fly secrets: set restarts the machines as a release", "[fly][secrets]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, "registry.fly.io/web:v1").ok());
  auto& secrets = *target->secrets();
  auto outcome = advancing(fly.clock(), [&] { return secrets.set_secrets(set({{"API_KEY", "s3cret"}})); });
  INFO((outcome.ok() ? "" : outcome.error().message));
  REQUIRE(outcome.ok());
  CHECK(outcome->applied == "deployed");
  CHECK(outcome->release == "v2");
  CHECK(outcome->names == std::vector<std::string>{"API_KEY"});
  CHECK(outcome->details["secrets_version"].is_number());
  CHECK(statuses(secrets) == std::map<std::string, std::string>{{"API_KEY", "deployed"}});
  // Every machine reads the new value; the API never returns it.
  auto ran = target->exec()->exec("", {"printenv", "API_KEY"}, 10);
  REQUIRE(ran.ok());
  CHECK(ran->out == "s3cret\n");
  auto listed = fly.resources().list_secrets("web");
  REQUIRE(listed.ok());
  CHECK(listed->at(0).digest.find("s3cret") == std::string::npos);
  auto releases = fly.web().list_releases("web", 10);
  CHECK(releases->at(0).description == "secrets set: API_KEY");
  CHECK(raxol::fly::test::machine_images(fly, "web") ==
        std::vector<std::string>{"registry.fly.io/web:v1", "registry.fly.io/web:v1"});
}

TEST_CASE("fly secrets: staged secrets wait for secrets deploy", "[fly][secrets]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, "registry.fly.io/web:v1").ok());
  auto& secrets = *target->secrets();
  auto staged = secrets.set_secrets(set({{"TOKEN", "t1"}}, /*stage=*/true));
  REQUIRE(staged.ok());
  CHECK(staged->applied == "staged");
  CHECK(statuses(secrets) == std::map<std::string, std::string>{{"TOKEN", "staged"}});
  CHECK(fly.web().list_releases("web", 10)->size() == 1);  // nothing restarted
  auto deployed = advancing(fly.clock(), [&] { return secrets.deploy_secrets(); });
  REQUIRE(deployed.ok());
  CHECK(deployed->applied == "deployed");
  CHECK(statuses(secrets) == std::map<std::string, std::string>{{"TOKEN", "deployed"}});
}

TEST_CASE("fly secrets: unset refuses unknown names and changes nothing", "[fly][secrets]") {
  FlyTestContext fly;
  auto target = fly.target(test_fly_toml("web"));
  REQUIRE(deploy(fly, *target, "registry.fly.io/web:v1").ok());
  auto& secrets = *target->secrets();
  REQUIRE(secrets.set_secrets(set({{"A", "1"}, {"B", "2"}}, true)).ok());
  SecretsRequest typo;
  typo.names = {"A", "C"};
  auto refused = secrets.unset_secrets(typo);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::not_found);
  CHECK(refused.error().message == "not a secret of web: C (nothing was removed)");
  CHECK(statuses(secrets).size() == 2);
  SecretsRequest remove;
  remove.names = {"A"};
  remove.stage = true;
  REQUIRE(secrets.unset_secrets(remove).ok());
  CHECK(statuses(secrets).count("A") == 0);

  CHECK(secrets.set_secrets(SecretsRequest{}).error().kind == ErrorKind::usage);
  CHECK(secrets.unset_secrets(SecretsRequest{}).error().kind == ErrorKind::usage);
  SecretsRequest scoped = set({{"X", "1"}});
  scoped.scope = "preview";
  CHECK(secrets.set_secrets(scoped).error().kind == ErrorKind::usage);
}

TEST_CASE("fly secrets: an app without machines keeps them for its first deploy",
          "[fly][secrets]") {
  FlyTestContext fly;
  REQUIRE(fly.machines().create_app("web", "personal").ok());
  auto target = fly.target(test_fly_toml("web"));
  auto& secrets = *target->secrets();
  auto outcome = secrets.set_secrets(set({{"EARLY", "e"}}));
  REQUIRE(outcome.ok());
  CHECK(outcome->applied == "staged");
  CHECK(outcome->details["note"] == "the app has no machines yet: the secrets apply at its first deploy");
  auto nothing = secrets.deploy_secrets();
  REQUIRE_FALSE(nothing.ok());
  CHECK(nothing.error().kind == ErrorKind::not_found);
  auto digests = raxol::fly::read_secret_digests(fly.resources(), "web");
  REQUIRE(digests.ok());
  CHECK(digests->contains("EARLY"));
  auto none = raxol::fly::read_secret_digests(fly.resources(), "no-such-app");
  REQUIRE(none.ok());
  CHECK(none->empty());
}
