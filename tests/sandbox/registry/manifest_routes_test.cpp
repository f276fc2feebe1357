// Manifests: PUT, GET and HEAD for each of the four media types image tools push (the bytes
// kept exactly, Content-Type and Docker-Content-Digest), the media type taken from the body,
// what a PUT is refused for (unknown blobs and manifests, invalid manifests, a digest that
// does not match) and DELETE by digest and by tag.
#include <catch2/catch.hpp>

#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

namespace {

// An index or list of `media_type` naming the image manifest `digest` (of `size` bytes).
std::string index_of(const std::string& media_type, const std::string& digest, size_t size,
                     const std::string& entry_type) {
  return json{{"schemaVersion", 2},
              {"mediaType", media_type},
              {"manifests",
               {{{"mediaType", entry_type},
                 {"digest", digest},
                 {"size", size},
                 {"platform", {{"architecture", "amd64"}, {"os", "linux"}}}}}}}
      .dump();
}

void check_stored(RegistryClient& client, const std::string& repository, const std::string& tag,
                  const std::string& bytes, const std::string& media_type) {
  const std::string digest = raxol::sha256_digest(bytes);
  for (const std::string& reference : {tag, digest}) {
    INFO(media_type << " by " << reference);
    auto got = client.send("GET", "/v2/" + repository + "/manifests/" + reference);
    CHECK(got.status == 200);
    CHECK(got.body == bytes);
    CHECK(got.header("Content-Type") == media_type);
    CHECK(got.header("Docker-Content-Digest") == digest);
    auto head = client.send("HEAD", "/v2/" + repository + "/manifests/" + reference);
    CHECK(head.status == 200);
    CHECK(head.body.empty());
    CHECK(head.header("Content-Type") == media_type);
    CHECK(head.header("Docker-Content-Digest") == digest);
    CHECK(head.header("Content-Length") == std::to_string(bytes.size()));
  }
}

}  // namespace

TEST_CASE("registry manifests: PUT GET and HEAD for the four media types", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::vector<std::pair<std::string, std::string>> kinds = {{kOciManifest, kOciIndex},
                                                                  {kDockerManifest, kDockerList}};
  for (const auto& [image_type, index_type] : kinds) {
    INFO(image_type);
    const std::string image = client.image_manifest("app", image_type, image_type);
    auto put = client.put_manifest("app", "image", image, image_type);
    INFO(put.body);
    REQUIRE(put.status == 201);
    const std::string digest = raxol::sha256_digest(image);
    CHECK(put.header("Docker-Content-Digest") == digest);
    CHECK(put.header("Location") == "/v2/app/manifests/" + digest);
    check_stored(client, "app", "image", image, image_type);

    const std::string index = index_of(index_type, digest, image.size(), image_type);
    auto put_index = client.put_manifest("app", "index", index, index_type);
    INFO(put_index.body);
    REQUIRE(put_index.status == 201);
    CHECK(put_index.header("Docker-Content-Digest") == raxol::sha256_digest(index));
    check_stored(client, "app", "index", index, index_type);
  }
}

TEST_CASE("registry manifests: the media type from the body when the header is generic",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string image = client.image_manifest("app", kDockerManifest);
  for (const std::string header : {"application/json", "application/octet-stream"}) {
    INFO(header);
    REQUIRE(client.put_manifest("app", "generic", image, header).status == 201);
    CHECK(client.send("GET", "/v2/app/manifests/generic").header("Content-Type") ==
          kDockerManifest);
  }
  // An OCI manifest may leave mediaType out; the fields tell which it is.
  json bare = json::parse(client.image_manifest("app", kOciManifest, "bare"));
  bare.erase("mediaType");
  REQUIRE(client.put_manifest("app", "bare", bare.dump(), "application/json").status == 201);
  CHECK(client.send("HEAD", "/v2/app/manifests/bare").header("Content-Type") == kOciManifest);
  // A header that contradicts the body is refused.
  auto contradicted = client.put_manifest("app", "x", image, kOciManifest);
  CHECK(contradicted.status == 400);
  CHECK(contradicted.code() == "MANIFEST_INVALID");
}

TEST_CASE("registry manifests: what a PUT is refused for", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  // The blobs are pushed to another repository, so this one does not have them.
  const std::string elsewhere = client.image_manifest("other", kOciManifest);
  auto blobs = client.put_manifest("app", "v1", elsewhere, kOciManifest);
  CHECK(blobs.status == 400);
  CHECK(blobs.code() == "MANIFEST_BLOB_UNKNOWN");
  CHECK(blobs.document["errors"][0]["detail"] == json::parse(elsewhere)["config"]["digest"]);
  CHECK(client.send("GET", "/v2/app/manifests/v1").status == 404);

  const std::string index =
      index_of(kOciIndex, raxol::sha256_digest("no such manifest"), 10, kOciManifest);
  auto manifests = client.put_manifest("other", "index", index, kOciIndex);
  CHECK(manifests.status == 400);
  CHECK(manifests.code() == "MANIFEST_UNKNOWN");

  const std::vector<std::pair<std::string, std::string>> invalid = {
      {"not json", kOciManifest},
      {R"({"schemaVersion": 1, "mediaType": ")" + kOciManifest + R"("})", kOciManifest},
      {elsewhere, "application/vnd.docker.distribution.manifest.v1+prettyjws"},
      {R"({"schemaVersion": 2, "config": {"digest": "sha256:x"}, "layers": []})", kOciManifest},
      {R"({"schemaVersion": 2, "manifests": "none"})", kOciIndex}};
  for (const auto& [body, type] : invalid) {
    INFO(body << " as " << type);
    auto answer = client.put_manifest("other", "bad", body, type);
    CHECK(answer.status == 400);
    CHECK(answer.code() == "MANIFEST_INVALID");
  }
  auto tag = client.put_manifest("other", "bad:tag", elsewhere, kOciManifest);
  CHECK(tag.status == 400);
}

TEST_CASE("registry manifests: a PUT by digest must match the bytes", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string image = client.image_manifest("app", kOciManifest);
  const std::string digest = raxol::sha256_digest(image);
  auto wrong = client.put_manifest("app", raxol::sha256_digest("other"), image, kOciManifest);
  CHECK(wrong.status == 400);
  CHECK(wrong.code() == "DIGEST_INVALID");
  auto right = client.put_manifest("app", digest, image, kOciManifest);
  CHECK(right.status == 201);
  CHECK(right.header("Docker-Content-Digest") == digest);
  CHECK(client.send("GET", "/v2/app/manifests/" + digest).body == image);
  // Pushed by digest only: no tag.
  CHECK(client.send("GET", "/v2/app/tags/list").document["tags"] == json::array());
}

TEST_CASE("registry manifests: DELETE by tag and by digest", "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  const std::string digest = client.push_image("app", "v1");
  const std::string image = client.send("GET", "/v2/app/manifests/v1").body;
  REQUIRE(client.put_manifest("app", "latest", image, kOciManifest).status == 201);
  REQUIRE(client.put_manifest("app", "stable", image, kOciManifest).status == 201);

  CHECK(client.send("DELETE", "/v2/app/manifests/stable").status == 202);
  CHECK(client.send("GET", "/v2/app/manifests/stable").code() == "MANIFEST_UNKNOWN");
  CHECK(client.send("GET", "/v2/app/manifests/" + digest).status == 200);
  CHECK(client.send("GET", "/v2/app/tags/list").document["tags"] == json{"latest", "v1"});

  CHECK(client.send("DELETE", "/v2/app/manifests/" + digest).status == 202);
  auto gone = client.send("GET", "/v2/app/manifests/" + digest);
  CHECK(gone.status == 404);
  CHECK(gone.code() == "MANIFEST_UNKNOWN");
  CHECK(client.send("GET", "/v2/app/manifests/v1").code() == "MANIFEST_UNKNOWN");
  CHECK(client.send("GET", "/v2/app/tags/list").document["tags"] == json::array());
  CHECK(client.send("DELETE", "/v2/app/manifests/" + digest).code() == "MANIFEST_UNKNOWN");
  CHECK(client.send("GET", "/v2/nothing/manifests/v1").code() == "NAME_UNKNOWN");
  CHECK(client.send("DELETE", "/v2/nothing/manifests/v1").code() == "NAME_UNKNOWN");
}
