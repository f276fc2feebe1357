// What the registry reads in a pushed manifest: its media type (one of the four image tools
// push) and the digests it references, which must already be in the repository. The bytes
// themselves are stored exactly as pushed: the manifest's digest is the sha256 of those bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace raxol::sandbox::registry {

inline const std::string kOciManifest = "application/vnd.oci.image.manifest.v1+json";
inline const std::string kOciIndex = "application/vnd.oci.image.index.v1+json";
inline const std::string kDockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
inline const std::string kDockerList = "application/vnd.docker.distribution.manifest.list.v2+json";

struct ParsedManifest {
  std::string error;                   // non-empty: MANIFEST_INVALID, with this message
  std::string media_type;              // one of the four above
  bool index = false;                  // an OCI index or a Docker manifest list
  std::vector<std::string> blobs;      // an image manifest's config and layers
  std::vector<std::string> manifests;  // an index's manifests
  std::string subject;                 // OCI 1.1 `subject.digest`, when present
};

// Reads a manifest PUT. The media type is the Content-Type when it is one of the four (and
// the body's `mediaType`, when present, must agree); with no or a generic Content-Type
// (application/json, application/octet-stream, text/plain) it is the body's `mediaType`, or
// an OCI type judged from the fields when the body names none (the OCI spec makes the field
// optional).
ParsedManifest parse_manifest(std::string_view content_type, const std::string& body);

}  // namespace raxol::sandbox::registry
