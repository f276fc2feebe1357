// Blobs: GET and HEAD with their headers, a Range GET, per-repository links (a blob of one
// repository is unknown to another until mounted there), nested names and DELETE.
#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

TEST_CASE("registry blobs: GET HEAD and a Range", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string bytes = "0123456789abcdefghij";
  const std::string digest = client.push_blob("a/b/c", bytes);
  auto got = client.send("GET", "/v2/a/b/c/blobs/" + digest);
  CHECK(got.status == 200);
  CHECK(got.body == bytes);
  CHECK(got.header("Content-Type") == "application/octet-stream");
  CHECK(got.header("Docker-Content-Digest") == digest);
  CHECK(got.header("Content-Length") == "20");

  auto head = client.send("HEAD", "/v2/a/b/c/blobs/" + digest);
  CHECK(head.status == 200);
  CHECK(head.body.empty());
  CHECK(head.header("Content-Length") == "20");
  CHECK(head.header("Docker-Content-Digest") == digest);
  CHECK(head.header("Content-Type") == "application/octet-stream");

  auto part = client.send("GET", "/v2/a/b/c/blobs/" + digest, "", {{"Range", "bytes=5-9"}});
  CHECK(part.status == 206);
  CHECK(part.body == "56789");
  CHECK(part.header("Content-Range") == "bytes 5-9/20");

  const std::string empty = client.push_blob("a/b/c", "");
  auto nothing = client.send("GET", "/v2/a/b/c/blobs/" + empty);
  CHECK(nothing.status == 200);
  CHECK(nothing.body.empty());
  CHECK(nothing.header("Content-Length") == "0");
}

TEST_CASE("registry blobs: each repository knows only its own", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string digest = client.push_blob("one", "private layer");
  client.push_blob("two", "another layer");
  auto other = client.send("GET", "/v2/two/blobs/" + digest);
  CHECK(other.status == 404);
  CHECK(other.code() == "BLOB_UNKNOWN");
  CHECK(other.document["errors"][0]["detail"] == digest);
  CHECK(client.send("HEAD", "/v2/two/blobs/" + digest).status == 404);
  auto unknown_repository = client.send("GET", "/v2/three/blobs/" + digest);
  CHECK(unknown_repository.status == 404);
  CHECK(unknown_repository.code() == "NAME_UNKNOWN");
  auto invalid = client.send("GET", "/v2/one/blobs/sha256:nothex");
  CHECK(invalid.status == 400);
  CHECK(invalid.code() == "DIGEST_INVALID");
  CHECK(client.send("POST", "/v2/two/blobs/uploads/?mount=" + digest + "&from=one").status == 201);
  CHECK(client.send("GET", "/v2/two/blobs/" + digest).body == "private layer");
}

TEST_CASE("registry blobs: DELETE unlinks from one repository", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string digest = client.push_blob("one", "layer");
  REQUIRE(client.send("POST", "/v2/two/blobs/uploads/?mount=" + digest + "&from=one").status ==
          201);
  CHECK(client.send("DELETE", "/v2/one/blobs/" + digest).status == 202);
  CHECK(client.send("GET", "/v2/one/blobs/" + digest).code() == "BLOB_UNKNOWN");
  CHECK(client.send("DELETE", "/v2/one/blobs/" + digest).code() == "BLOB_UNKNOWN");
  CHECK(client.send("GET", "/v2/two/blobs/" + digest).body == "layer");
}
