// The registry client: challenge parsing, and its conversation with the sandbox registry over
// real loopback HTTP in both of the registry's auth modes (end to end: tests/e2e/fly_build_test).
#include "targets/fly/api/registry_client.h"

#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "targets/fly/fly_test_support.h"

TEST_CASE("registry challenges: Bearer with quoted fields and Basic", "[build][registry]") {
  auto bearer = raxol::fly::parse_challenge(
      R"(Bearer realm="https://registry.fly.io/token",service="registry.fly.io",scope="repository:app:pull")");
  REQUIRE(bearer);
  CHECK((*bearer)["scheme"] == "bearer");
  CHECK((*bearer)["realm"] == "https://registry.fly.io/token");
  CHECK((*bearer)["service"] == "registry.fly.io");
  CHECK((*bearer)["scope"] == "repository:app:pull");
  auto basic = raxol::fly::parse_challenge(R"(Basic realm="Registry Realm")");
  REQUIRE(basic);
  CHECK((*basic)["scheme"] == "basic");
  CHECK((*basic)["realm"] == "Registry Realm");
  auto bare = raxol::fly::parse_challenge("Bearer realm=http://x/token, service=x");
  REQUIRE(bare);
  CHECK((*bare)["realm"] == "http://x/token");
  CHECK((*bare)["service"] == "x");
  CHECK_FALSE(raxol::fly::parse_challenge("Bearer realm=\"unterminated"));
  CHECK_FALSE(raxol::fly::parse_challenge("Bearer"));
}

TEST_CASE("registry client: manifest digest and size through the token exchange or Basic",
          "[build][registry]") {
  for (const std::string mode : {"bearer", "basic"}) {
    INFO(mode);
    raxol::fly::test::FlyTestContext fly(nlohmann::json{{"registry", {{"auth", mode}}}});
    raxol::test::registry::RegistryClient pusher(fly.box().sandbox());
    const std::string digest = pusher.push_image("shop", "v1");
    raxol::fly::RegistryClient client(fly.context().http, pusher.host(), pusher.fly_token(),
                                      fly.context().redactor);
    auto head = client.head_manifest("shop", "v1");
    INFO((head.ok() ? "" : head.error().message));
    REQUIRE(head.ok());
    CHECK(head->digest == digest);
    CHECK(head->media_type == "application/vnd.oci.image.manifest.v1+json");
    auto got = client.get_manifest("shop", digest);
    REQUIRE(got.ok());
    CHECK(got->size > 0);
    auto missing = client.head_manifest("shop", "v2");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == raxol::ErrorKind::not_found);
    raxol::fly::RegistryClient refused(fly.context().http, pusher.host(), "wrong-token",
                                       fly.context().redactor);
    auto denied = refused.head_manifest("shop", "v1");
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == raxol::ErrorKind::auth);
    CHECK(denied.error().message.find("wrong-token") == std::string::npos);
  }
}
