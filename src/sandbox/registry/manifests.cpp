#include "sandbox/registry/manifests.h"

#include <nlohmann/json.hpp>

#include "util/digest.h"
#include "util/json_fields.h"
#include "util/strings.h"

namespace raxol::sandbox::registry {

namespace {

using nlohmann::json;

bool known_media_type(const std::string& type) {
  return type == kOciManifest || type == kOciIndex || type == kDockerManifest ||
         type == kDockerList;
}

// The digest of a descriptor ({"mediaType", "digest", "size"}), "" when it has none.
std::string descriptor_digest(const json& descriptor) { return string_field(descriptor, "digest"); }

// Appends the digests of an array of descriptors; false when one is missing or malformed.
bool collect_digests(const json& body, const char* field, std::vector<std::string>& digests,
                     std::string& error) {
  if (!body.contains(field) || !body[field].is_array()) {
    error = std::string("manifest invalid: `") + field + "` must be an array of descriptors";
    return false;
  }
  for (const auto& descriptor : body[field]) {
    const std::string digest = descriptor_digest(descriptor);
    if (!is_supported_digest(digest)) {
      error = std::string("manifest invalid: a descriptor in `") + field + "` has no valid digest";
      return false;
    }
    digests.push_back(digest);
  }
  return true;
}

}  // namespace

ParsedManifest parse_manifest(std::string_view content_type, const std::string& body_text) {
  ParsedManifest parsed;
  const json body = json::parse(body_text, nullptr, false);
  if (!body.is_object()) {
    parsed.error = "manifest invalid: the body is not a JSON object";
    return parsed;
  }
  const std::string header = lower(trim(content_type.substr(0, content_type.find(';'))));
  const std::string declared = string_field(body, "mediaType");
  if (known_media_type(header)) {
    if (!declared.empty() && declared != header) {
      parsed.error =
          "manifest invalid: mediaType " + declared + " does not match Content-Type " + header;
      return parsed;
    }
    parsed.media_type = header;
  } else if (header.empty() || header == "application/json" ||
             header == "application/octet-stream" || header == "text/plain") {
    parsed.media_type = !declared.empty()            ? declared
                        : body.contains("manifests") ? kOciIndex
                                                     : kOciManifest;
  } else {
    parsed.media_type = header;
  }
  if (!known_media_type(parsed.media_type)) {
    parsed.error = "manifest invalid: unsupported manifest media type " + parsed.media_type;
    return parsed;
  }
  if (int_field(body, "schemaVersion") != 2) {
    parsed.error = "manifest invalid: schemaVersion must be 2";
    return parsed;
  }
  parsed.index = parsed.media_type == kOciIndex || parsed.media_type == kDockerList;
  if (parsed.index) {
    collect_digests(body, "manifests", parsed.manifests, parsed.error);
  } else {
    const std::string config =
        body.contains("config") ? descriptor_digest(body["config"]) : std::string();
    if (!is_supported_digest(config)) {
      parsed.error = "manifest invalid: `config` has no valid digest";
      return parsed;
    }
    parsed.blobs.push_back(config);
    collect_digests(body, "layers", parsed.blobs, parsed.error);
  }
  if (body.contains("subject")) parsed.subject = descriptor_digest(body["subject"]);
  return parsed;
}

}  // namespace raxol::sandbox::registry
