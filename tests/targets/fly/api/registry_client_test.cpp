// The registry client's challenge parsing; its conversation with a registry is tested against
// the sandbox registry in tests/sandbox/registry/ and end to end in tests/e2e/fly_build_test.cpp.
#include "targets/fly/api/registry_client.h"

#include <catch2/catch.hpp>

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
