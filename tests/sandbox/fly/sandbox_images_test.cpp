// Machines and releases with images of the sandbox registry: a pushed image's machine carries
// the manifest's real digest in image_ref (by tag, by digest, by both); a missing one is
// refused as Fly refuses it; images of other registries keep their stand-in digest.
#include <catch2/catch.hpp>

#include "sandbox/fly/fly_test_support.h"
#include "sandbox/registry/registry_client.h"

using namespace raxol::test::fly;
using raxol::test::registry::RegistryClient;

TEST_CASE("fly sandbox images: a machine gets the pushed manifest's digest", "[sandbox][fly]") {
  FlySandbox fly;
  RegistryClient registry(fly.box());
  const std::string digest = registry.push_image("web", "v1");
  const std::string other = registry.push_image("web", "v2", "second image");
  fly.create_app("web");
  const std::string host = registry.host();

  auto machine = fly.create_machine("web", host + "/web:v1");
  CHECK(machine["image_ref"]["registry"] == host);
  CHECK(machine["image_ref"]["repository"] == "web");
  CHECK(machine["image_ref"]["tag"] == "v1");
  CHECK(machine["image_ref"]["digest"] == digest);
  const std::string id = machine["id"];
  CHECK(fly.get("/v1/apps/web/machines/" + id).body["image_ref"]["digest"] == digest);
  CHECK(fly.get("/v1/apps/web/machines?summary=true").body[0]["image_ref"]["digest"] == digest);

  CHECK(fly.create_machine("web", host + "/web@" + other)["image_ref"]["digest"] == other);
  // Tag and digest: the digest wins, as docker and containerd read such a reference.
  CHECK(fly.create_machine("web", host + "/web:v1@" + other)["image_ref"]["digest"] == other);

  // An update to another pushed image carries that digest; to another registry's image, the
  // stand-in digest again.
  json config = {{"image", host + "/web:v2"}, {"init", json::object()}};
  auto updated = fly.post("/v1/apps/web/machines/" + id, {{"config", config}});
  REQUIRE(updated.status == 200);
  CHECK(updated.body["image_ref"]["digest"] == other);
  config["image"] = "registry.fly.io/web:v3";
  updated = fly.post("/v1/apps/web/machines/" + id, {{"config", config}});
  REQUIRE(updated.status == 200);
  CHECK(updated.body["image_ref"]["digest"] != other);
  CHECK(updated.body["image_ref"]["digest"] == raxol::sha256_digest("registry.fly.io/web:v3"));
  fly.check_requests_conform();
}

TEST_CASE("fly sandbox images: a missing image is refused as Fly refuses it", "[sandbox][fly]") {
  FlySandbox fly;
  RegistryClient registry(fly.box());
  const std::string digest = registry.push_image("web", "v1");
  fly.create_app("web");
  const std::string host = registry.host();
  for (const std::string& image : {host + "/web:nope", host + "/web", host + "/nothing:v1",
                                   host + "/web@" + raxol::sha256_digest("never pushed"),
                                   host + "/web:v1@" + raxol::sha256_digest("never pushed")}) {
    INFO(image);
    auto refused = fly.post("/v1/apps/web/machines",
                            {{"config", {{"image", image}, {"init", json::object()}}}});
    CHECK(refused.status == 404);
    CHECK(refused.body == json{{"error", "Could not find image \"" + image + "\""}});
  }
  CHECK(fly.get("/v1/apps/web/machines").body.empty());

  const std::string id = fly.create_machine("web", host + "/web:v1")["id"];
  auto update = fly.post("/v1/apps/web/machines/" + id,
                         {{"config", {{"image", host + "/web:v9"}, {"init", json::object()}}}});
  CHECK(update.status == 404);
  CHECK(update.body["error"] == "Could not find image \"" + host + "/web:v9\"");
  auto kept = fly.get("/v1/apps/web/machines/" + id).body;
  CHECK(kept["config"]["image"] == host + "/web:v1");
  CHECK(kept["image_ref"]["digest"] == digest);

  // Where the words come from: creating a release of an image the registry does not have.
  auto release = fly.post("/api/v1/releases", {{"app_name", "web"}, {"image", host + "/web:nope"}});
  CHECK(release.status == 404);
  CHECK(release.body["error"] == "Could not find image \"" + host + "/web:nope\"");
  CHECK(fly.post("/api/v1/releases", {{"app_name", "web"}, {"image", host + "/web:v1"}}).status ==
        201);
}
