// Reading a pushed manifest: its media type from the header or the body, and the digests it
// references.
#include "sandbox/registry/manifests.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "util/digest.h"

using namespace raxol::sandbox::registry;
using nlohmann::json;

namespace {

const std::string kConfig = raxol::sha256_digest("config");
const std::string kLayer = raxol::sha256_digest("layer");

json image(const std::string& media_type) {
  return {{"schemaVersion", 2},
          {"mediaType", media_type},
          {"config", {{"digest", kConfig}, {"size", 6}}},
          {"layers", {{{"digest", kLayer}, {"size", 5}}}},
          {"subject", {{"digest", kLayer}}}};
}

}  // namespace

TEST_CASE("registry manifests: an image manifest and what it references", "[sandbox][registry]") {
  auto parsed = parse_manifest(kOciManifest + "; charset=utf-8", image(kOciManifest).dump());
  CHECK(parsed.error.empty());
  CHECK(parsed.media_type == kOciManifest);
  CHECK_FALSE(parsed.index);
  CHECK(parsed.blobs == std::vector<std::string>{kConfig, kLayer});
  CHECK(parsed.manifests.empty());
  CHECK(parsed.subject == kLayer);
  CHECK(parse_manifest("application/json", image(kDockerManifest).dump()).media_type ==
        kDockerManifest);
  CHECK(parse_manifest("", image(kDockerManifest).dump()).media_type == kDockerManifest);
}

TEST_CASE("registry manifests: an index or list names manifests", "[sandbox][registry]") {
  json index = {{"schemaVersion", 2}, {"manifests", {{{"digest", kConfig}}, {{"digest", kLayer}}}}};
  auto oci = parse_manifest("application/octet-stream", index.dump());
  CHECK(oci.media_type == kOciIndex);  // judged from the fields
  CHECK(oci.index);
  CHECK(oci.manifests == std::vector<std::string>{kConfig, kLayer});
  CHECK(oci.blobs.empty());
  CHECK(parse_manifest(kDockerList, index.dump()).media_type == kDockerList);
}

TEST_CASE("registry manifests: invalid manifests say why", "[sandbox][registry]") {
  CHECK(parse_manifest(kOciManifest, "[]").error ==
        "manifest invalid: the body is not a JSON object");
  CHECK(parse_manifest(kOciManifest, image(kDockerManifest).dump()).error.find("does not match") !=
        std::string::npos);
  CHECK(parse_manifest("application/vnd.example+json", image(kOciManifest).dump())
            .error.find("unsupported manifest media type") != std::string::npos);
  json old = image(kOciManifest);
  old["schemaVersion"] = 1;
  CHECK(parse_manifest(kOciManifest, old.dump()).error.find("schemaVersion") != std::string::npos);
  json no_layers = image(kOciManifest);
  no_layers.erase("layers");
  CHECK(parse_manifest(kOciManifest, no_layers.dump()).error.find("`layers`") != std::string::npos);
  json bad_layer = image(kOciManifest);
  bad_layer["layers"][0]["digest"] = "md5:abc";
  CHECK_FALSE(parse_manifest(kOciManifest, bad_layer.dump()).error.empty());
  json no_config = image(kOciManifest);
  no_config.erase("config");
  CHECK(parse_manifest(kOciManifest, no_config.dump()).error.find("`config`") != std::string::npos);
}
