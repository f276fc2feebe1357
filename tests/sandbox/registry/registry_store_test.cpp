// The registry's public face for the Fly emulator: its host, and the manifest a tag or digest
// names, right after a push.
#include "sandbox/registry/registry_store.h"

#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::sandbox::registry;

TEST_CASE("registry store: the host of a base URL", "[sandbox][registry]") {
  CHECK(registry_host("http://127.0.0.1:5000") == "127.0.0.1:5000");
  CHECK(registry_host("http://127.0.0.1:5000/") == "127.0.0.1:5000");
  CHECK(registry_host("127.0.0.1:5000") == "127.0.0.1:5000");
}

TEST_CASE("registry store: the manifest a reference names, at once after a push",
          "[sandbox][registry]") {
  raxol::test::SandboxFixture box;
  raxol::test::registry::RegistryClient client(box.sandbox());
  const std::string digest = client.push_image("team/app", "v1");
  CHECK(find_manifest_digest(box.state_dir(), "team/app", "v1") == digest);
  CHECK(find_manifest_digest(box.state_dir(), "team/app", digest) == digest);
  CHECK_FALSE(find_manifest_digest(box.state_dir(), "team/app", "v2"));
  CHECK_FALSE(find_manifest_digest(box.state_dir(), "team/other", "v1"));
  CHECK_FALSE(find_manifest_digest(box.state_dir(), "team/app", raxol::sha256_digest("x")));
  raxol::test::TempDir empty;
  CHECK_FALSE(find_manifest_digest(empty.path(), "team/app", "v1"));
}
