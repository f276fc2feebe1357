// A small client for the registry emulator in tests, over real loopback HTTP with the
// project's libcurl client: requests with the sandbox's Fly token as Basic credentials (or
// none, or a given Authorization), and helpers that push blobs and whole images the way
// skopeo does, returning their digests.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "raxol/http.h"
#include "sandbox/sandbox.h"
#include "util/base64.h"
#include "util/digest.h"

namespace raxol::test::registry {

using nlohmann::json;

inline const std::string kOciManifest = "application/vnd.oci.image.manifest.v1+json";
inline const std::string kOciIndex = "application/vnd.oci.image.index.v1+json";
inline const std::string kDockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
inline const std::string kDockerList = "application/vnd.docker.distribution.manifest.list.v2+json";

struct Answer {
  int status = 0;
  std::string body;
  json document;  // the parsed body; null when it is not JSON
  HttpHeaders headers;
  std::string header(std::string_view name) const {
    return find_header(headers, name).value_or("");
  }
  // The code of the first error of the distribution envelope ("" when there is none).
  std::string code() const {
    if (!document.is_object() || !document.contains("errors") || document["errors"].empty())
      return "";
    return document["errors"][0].value("code", "");
  }
};

// "Basic base64(user:token)".
inline std::string basic(const std::string& token, const std::string& user = "x") {
  return "Basic " + base64_encode(user + ":" + token);
}

class RegistryClient {
 public:
  explicit RegistryClient(sandbox::Sandbox& box)
      : box_(box), http_(make_curl_http_client(CurlOptions{"raxol-test", false})) {}

  std::string base_url() const { return box_.base_url(); }
  std::string host() const { return box_.environment().at("FLY_REGISTRY_HOST"); }
  std::string fly_token() const { return box_.environment().at("FLY_API_TOKEN"); }

  // `authorization`: the header to send; "" sends none. By default Basic with the Fly token.
  Answer send(const std::string& method, const std::string& path, const std::string& body = "",
              HttpHeaders headers = {}, std::optional<std::string> authorization = std::nullopt) {
    HttpRequest request(method, box_.base_url() + path);
    const std::string credential = authorization.value_or(basic(fly_token()));
    if (!credential.empty()) request.headers.emplace_back("Authorization", credential);
    // libcurl would label a body as a form, which the server would then parse as one.
    if (!body.empty() && !find_header(headers, "Content-Type"))
      headers.emplace_back("Content-Type", "application/octet-stream");
    for (auto& header : headers) request.headers.push_back(std::move(header));
    request.body = body;
    auto response = http_->send(request);
    REQUIRE(response.ok());
    Answer answer{response->status, response->body, json::parse(response->body, nullptr, false),
                  response->headers};
    if (answer.document.is_discarded()) answer.document = nullptr;
    return answer;
  }

  // Pushes `bytes` to `repository` in one POST; returns the digest.
  std::string push_blob(const std::string& repository, const std::string& bytes) {
    const std::string digest = sha256_digest(bytes);
    auto answer = send("POST", "/v2/" + repository + "/blobs/uploads/?digest=" + digest, bytes);
    INFO(answer.body);
    REQUIRE(answer.status == 201);
    return digest;
  }

  // An image manifest of `media_type` (OCI or Docker) with a config and one layer pushed to
  // `repository`; `seed` makes the content differ between images.
  std::string image_manifest(const std::string& repository, const std::string& media_type,
                             const std::string& seed = "") {
    const bool oci = media_type == kOciManifest;
    const std::string config =
        json{{"architecture", "amd64"}, {"os", "linux"}, {"seed", seed}}.dump();
    const std::string layer = "layer bytes " + seed;
    json manifest = {{"schemaVersion", 2},
                     {"mediaType", media_type},
                     {"config",
                      {{"mediaType", oci ? "application/vnd.oci.image.config.v1+json"
                                         : "application/vnd.docker.container.image.v1+json"},
                       {"digest", push_blob(repository, config)},
                       {"size", config.size()}}},
                     {"layers",
                      {{{"mediaType", oci ? "application/vnd.oci.image.layer.v1.tar"
                                          : "application/vnd.docker.image.rootfs.diff.tar.gzip"},
                        {"digest", push_blob(repository, layer)},
                        {"size", layer.size()}}}}};
    return manifest.dump(2);
  }

  // PUTs `manifest` as `reference`; returns the answer (201 expected by callers that check).
  Answer put_manifest(const std::string& repository, const std::string& reference,
                      const std::string& manifest, const std::string& media_type) {
    return send("PUT", "/v2/" + repository + "/manifests/" + reference, manifest,
                {{"Content-Type", media_type}});
  }

  // Pushes a whole OCI image as `repository:tag`; returns the manifest's digest.
  std::string push_image(const std::string& repository, const std::string& tag,
                         const std::string& seed = "") {
    auto answer =
        put_manifest(repository, tag, image_manifest(repository, kOciManifest, seed), kOciManifest);
    INFO(answer.body);
    REQUIRE(answer.status == 201);
    return answer.header("Docker-Content-Digest");
  }

 private:
  sandbox::Sandbox& box_;
  std::unique_ptr<HttpClient> http_;
};

}  // namespace raxol::test::registry
