// The registry's document: one instance per state directory in a process, and what a tag or
// digest resolves to.
#include "sandbox/registry/registry_state.h"

#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "util/digest.h"

using namespace raxol::sandbox::registry;

TEST_CASE("registry state: one instance per directory while held", "[sandbox][registry]") {
  raxol::test::TempDir dir;
  auto first = RegistryState::open(dir.path());
  CHECK(RegistryState::open(dir.path() / ".") == first);
  raxol::test::TempDir other;
  CHECK(RegistryState::open(other.path()) != first);
  CHECK(first->content_dir() == std::filesystem::absolute(dir.path()) / "registry");
}

TEST_CASE("registry state: tags and digests resolve to manifests", "[sandbox][registry]") {
  json document = json::object();
  const std::string digest = raxol::sha256_digest("manifest");
  json& record = repository_record(document, "team/app");
  record["manifests"][digest] = {{"media_type", "x"}, {"size", 8}};
  record["tags"]["v1"] = digest;
  record["tags"]["dangling"] = raxol::sha256_digest("deleted");
  const json* found = find_repository(document, "team/app");
  REQUIRE(found != nullptr);
  CHECK(find_repository(document, "team") == nullptr);
  CHECK(resolve_manifest(*found, "v1") == digest);
  CHECK(resolve_manifest(*found, digest) == digest);
  CHECK(resolve_manifest(*found, "v2").empty());
  CHECK(resolve_manifest(*found, "dangling").empty());
  CHECK(resolve_manifest(*found, raxol::sha256_digest("other")).empty());
  CHECK(resolve_manifest(json::object(), "v1").empty());
}
