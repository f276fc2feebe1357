// Blob uploads as clients run them: monolithic, chunked PATCHes with and without
// Content-Range (and the 416 for a chunk out of order), the upload's status, the final PUT
// that checks the digest, cancelling, cross-repository mounts and their fallback, and one
// upload continued by a second sandbox on the same state directory.
#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

TEST_CASE("registry uploads: a monolithic POST with the digest", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string bytes = "a whole layer in one request";
  const std::string digest = raxol::sha256_digest(bytes);
  auto created = client.send("POST", "/v2/team/app/blobs/uploads/?digest=" + digest, bytes);
  CHECK(created.status == 201);
  CHECK(created.header("Location") == "/v2/team/app/blobs/" + digest);
  CHECK(created.header("Docker-Content-Digest") == digest);
  CHECK(client.send("GET", created.header("Location")).body == bytes);

  auto mismatch = client.send(
      "POST", "/v2/team/app/blobs/uploads/?digest=" + raxol::sha256_digest("something else"),
      bytes);
  CHECK(mismatch.status == 400);
  CHECK(mismatch.code() == "DIGEST_INVALID");
  auto malformed = client.send("POST", "/v2/team/app/blobs/uploads/?digest=sha256:abc", bytes);
  CHECK(malformed.status == 400);
  CHECK(malformed.code() == "DIGEST_INVALID");
}

TEST_CASE("registry uploads: chunks with Range answers and a 416 out of order",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto started = client.send("POST", "/v2/app/blobs/uploads/");
  REQUIRE(started.status == 202);
  const std::string location = started.header("Location");
  const std::string id = started.header("Docker-Upload-UUID");
  CHECK(location == "/v2/app/blobs/uploads/" + id);
  CHECK(id.size() == 36);
  CHECK(started.header("Range") == "0-0");

  auto first = client.send("PATCH", location, "01234", {{"Content-Range", "0-4"}});
  CHECK(first.status == 202);
  CHECK(first.header("Range") == "0-4");
  CHECK(first.header("Location") == location);
  CHECK(first.header("Docker-Upload-UUID") == id);
  // Streamed without Content-Range: appended where the upload ends.
  auto second = client.send("PATCH", location, "56789");
  CHECK(second.status == 202);
  CHECK(second.header("Range") == "0-9");

  auto status = client.send("GET", location);
  CHECK(status.status == 204);
  CHECK(status.header("Range") == "0-9");
  CHECK(status.header("Docker-Upload-UUID") == id);

  auto out_of_order = client.send("PATCH", location, "xyz", {{"Content-Range", "3-5"}});
  CHECK(out_of_order.status == 416);
  CHECK(out_of_order.code() == "BLOB_UPLOAD_INVALID");
  CHECK(out_of_order.header("Range") == "0-9");  // where to resume
  auto wrong_length = client.send("PATCH", location, "xyz", {{"Content-Range", "10-20"}});
  CHECK(wrong_length.status == 400);
  CHECK(wrong_length.code() == "SIZE_INVALID");
  auto garbled = client.send("PATCH", location, "xyz", {{"Content-Range", "ten-twelve"}});
  CHECK(garbled.status == 400);
  CHECK(garbled.code() == "BLOB_UPLOAD_INVALID");
  CHECK(client.send("GET", location).header("Range") == "0-9");  // nothing was appended

  // The last chunk rides on the PUT, with the bytes prefixed as some clients write them.
  const std::string digest = raxol::sha256_digest("0123456789abc");
  auto done =
      client.send("PUT", location + "?digest=" + digest, "abc", {{"Content-Range", "bytes 10-12"}});
  CHECK(done.status == 201);
  CHECK(done.header("Location") == "/v2/app/blobs/" + digest);
  CHECK(done.header("Docker-Content-Digest") == digest);
  CHECK(client.send("GET", "/v2/app/blobs/" + digest).body == "0123456789abc");
  auto finished = client.send("GET", location);
  CHECK(finished.status == 404);
  CHECK(finished.code() == "BLOB_UPLOAD_UNKNOWN");
}

TEST_CASE("registry uploads: a digest that does not match ends the upload", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string location = client.send("POST", "/v2/app/blobs/uploads/").header("Location");
  REQUIRE(client.send("PATCH", location, "the real bytes").status == 202);
  auto wrong = client.send("PUT", location + "?digest=" + raxol::sha256_digest("other bytes"));
  CHECK(wrong.status == 400);
  CHECK(wrong.code() == "DIGEST_INVALID");
  CHECK(client.send("GET", location).code() == "BLOB_UPLOAD_UNKNOWN");
  CHECK(client.send("GET", "/v2/app/blobs/" + raxol::sha256_digest("the real bytes")).status ==
        404);

  const std::string next = client.send("POST", "/v2/app/blobs/uploads/").header("Location");
  auto no_digest = client.send("PUT", next, "bytes");
  CHECK(no_digest.status == 400);
  CHECK(no_digest.code() == "DIGEST_INVALID");
}

TEST_CASE("registry uploads: cancel, unknown ids and other repositories' uploads",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto started = client.send("POST", "/v2/app/blobs/uploads");  // without the trailing slash
  REQUIRE(started.status == 202);
  const std::string location = started.header("Location");
  const std::string id = started.header("Docker-Upload-UUID");
  auto elsewhere = client.send("PATCH", "/v2/other/blobs/uploads/" + id, "bytes");
  CHECK(elsewhere.status == 404);
  CHECK(elsewhere.code() == "BLOB_UPLOAD_UNKNOWN");
  CHECK(client.send("PATCH", "/v2/app/blobs/uploads/not-an-id", "x").code() ==
        "BLOB_UPLOAD_UNKNOWN");
  CHECK(client.send("DELETE", location).status == 204);
  CHECK(client.send("GET", location).status == 404);
  CHECK(client.send("DELETE", location).code() == "BLOB_UPLOAD_UNKNOWN");
}

TEST_CASE("registry uploads: a cross-repository mount and its fallback", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string digest = client.push_blob("base/image", "shared layer");
  auto mounted = client.send("POST", "/v2/app/blobs/uploads/?mount=" + digest + "&from=base/image");
  CHECK(mounted.status == 201);
  CHECK(mounted.header("Location") == "/v2/app/blobs/" + digest);
  CHECK(mounted.header("Docker-Content-Digest") == digest);
  CHECK(client.send("GET", "/v2/app/blobs/" + digest).body == "shared layer");

  // A source that lacks the blob: a plain upload starts instead, as the spec allows.
  const std::string missing = raxol::sha256_digest("never pushed");
  for (const std::string from : {"base/image", "no/such/repo", "INVALID"}) {
    INFO(from);
    auto fallback =
        client.send("POST", "/v2/other/blobs/uploads/?mount=" + missing + "&from=" + from);
    CHECK(fallback.status == 202);
    CHECK(fallback.header("Location").rfind("/v2/other/blobs/uploads/", 0) == 0);
  }
  auto not_there = client.send("POST", "/v2/other/blobs/uploads/?mount=" + digest + "&from=app2");
  CHECK(not_there.status == 202);
  CHECK(client.send("HEAD", "/v2/other/blobs/" + digest).status == 404);
}

TEST_CASE("registry uploads: a second sandbox on the same state continues an upload",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string location = client.send("POST", "/v2/app/blobs/uploads/").header("Location");
  REQUIRE(client.send("PATCH", location, "first half, ").status == 202);

  auto second = raxol::sandbox::Sandbox::start({box.state_dir(), "127.0.0.1", 0, nullptr});
  REQUIRE(second.ok());
  RegistryClient other(**second);
  auto more = other.send("PATCH", location, "second half");
  CHECK(more.status == 202);
  CHECK(more.header("Range") == "0-22");
  const std::string digest = raxol::sha256_digest("first half, second half");
  CHECK(client.send("PUT", location + "?digest=" + digest).status == 201);
  CHECK(other.send("GET", "/v2/app/blobs/" + digest).body == "first half, second half");
}
