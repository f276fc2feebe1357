// Manifests of a repository, by tag or by digest:
//   PUT    /v2/NAME/manifests/REF  201 + Location + Docker-Content-Digest. The bytes are kept
//          exactly as pushed and their sha256 is the digest; the blobs an image manifest names
//          (config and layers) must be in the repository (else MANIFEST_BLOB_UNKNOWN), and the
//          manifests an index or list names too (else MANIFEST_UNKNOWN). A PUT by digest must
//          match the bytes (DIGEST_INVALID).
//   GET    /v2/NAME/manifests/REF  the bytes, Content-Type = the stored media type (HEAD: the
//          headers only, which httplib does for the GET handler).
//   DELETE /v2/NAME/manifests/DIGEST  202: the manifest and the tags that point at it;
//          DELETE .../TAG  202: only the tag (spec v1.1).
#include "sandbox/registry/manifests.h"
#include "sandbox/registry/names.h"
#include "sandbox/registry/routes.h"
#include "util/digest.h"
#include "util/json_fields.h"

namespace raxol::sandbox::registry {

namespace {

const std::string kManifestPattern = kRepositoryPattern + "/manifests/([^/]+)";

bool is_digest_reference(const std::string& reference) {
  return reference.find(':') != std::string::npos;
}

// A tag or a supported digest; answers 400 otherwise.
bool check_reference(Call& call, const std::string& reference) {
  if (is_digest_reference(reference) ? is_supported_digest(reference) : valid_tag(reference))
    return true;
  if (is_digest_reference(reference))
    call.fail(400, RegistryCode::digest_invalid, "", json(reference));
  else
    call.fail(400, RegistryCode::manifest_invalid, "invalid tag \"" + reference + "\"",
              json(reference));
  return false;
}

// The first referenced digest the repository does not have, with the code to answer.
std::optional<std::pair<RegistryCode, std::string>> missing_reference(
    const json* repository, const ParsedManifest& manifest) {
  auto has = [&](const char* field, const std::string& digest) {
    return repository != nullptr && repository->contains(field) &&
           (*repository)[field].contains(digest);
  };
  for (const auto& digest : manifest.blobs)
    if (!has("blobs", digest)) return std::pair{RegistryCode::manifest_blob_unknown, digest};
  for (const auto& digest : manifest.manifests)
    if (!has("manifests", digest)) return std::pair{RegistryCode::manifest_unknown, digest};
  return std::nullopt;
}

void put_manifest(Call& call) {
  const std::string reference = call.path_param(2);
  if (!check_reference(call, reference)) return;
  const ParsedManifest manifest = parse_manifest(call.header("Content-Type"), call.request.body);
  if (!manifest.error.empty())
    return call.fail(400, RegistryCode::manifest_invalid, manifest.error);
  // sha256, unless the client names the manifest by a sha512 digest.
  const std::string digest = *digest_with(
      is_digest_reference(reference) ? digest_algorithm(reference) : "sha256", call.request.body);
  if (is_digest_reference(reference) && reference != digest)
    return call.fail(400, RegistryCode::digest_invalid,
                     "the manifest's digest is " + digest + ", not " + reference, json(reference));
  // The content first: once the state names the manifest, its bytes must be there.
  if (!call.context.blobs.put(digest, call.request.body))
    return call.fail(500, RegistryCode::unknown, "cannot store the manifest");
  std::optional<std::pair<RegistryCode, std::string>> missing;
  call.context.state->update([&](json& document) {
    missing = missing_reference(find_repository(document, call.name()), manifest);
    if (missing) return false;
    json& record = repository_record(document, call.name());
    record["manifests"][digest] = {{"media_type", manifest.media_type},
                                   {"size", call.request.body.size()}};
    if (!is_digest_reference(reference)) record["tags"][reference] = digest;
    return true;
  });
  if (missing) return call.fail(400, missing->first, "", json(missing->second));
  call.set_header("Location", "/v2/" + call.name() + "/manifests/" + digest);
  call.set_header("Docker-Content-Digest", digest);
  // OCI 1.1: a registry that understands `subject` says so (the referrers API itself is not
  // emulated).
  if (!manifest.subject.empty()) call.set_header("OCI-Subject", manifest.subject);
  call.no_content(201);
}

// The manifest's digest and media type; answers 404 when the repository or the manifest is
// unknown.
std::optional<std::pair<std::string, std::string>> find_manifest(Call& call,
                                                                 const std::string& reference) {
  bool repository = false;
  std::string digest, media_type;
  call.context.state->read([&](const json& document) {
    const json* record = find_repository(document, call.name());
    repository = record != nullptr;
    if (record != nullptr) digest = resolve_manifest(*record, reference);
    if (!digest.empty()) media_type = string_field((*record)["manifests"][digest], "media_type");
  });
  if (!repository) {
    call.fail(404, RegistryCode::name_unknown, "", json{{"name", call.name()}});
    return std::nullopt;
  }
  if (digest.empty()) {
    call.fail(404, RegistryCode::manifest_unknown, "", json{{"reference", reference}});
    return std::nullopt;
  }
  return std::pair{digest, media_type};
}

void get_manifest(Call& call) {
  const std::string reference = call.path_param(2);
  if (!check_reference(call, reference)) return;
  auto found = find_manifest(call, reference);
  if (!found) return;
  auto bytes = call.context.blobs.read(found->first);
  if (!bytes)
    return call.fail(404, RegistryCode::manifest_unknown, "", json{{"reference", reference}});
  call.set_header("Docker-Content-Digest", found->first);
  call.set_header("ETag", "\"" + found->first + "\"");
  call.text(200, *bytes, found->second);
}

void delete_manifest(Call& call) {
  const std::string reference = call.path_param(2);
  if (!check_reference(call, reference)) return;
  auto found = find_manifest(call, reference);
  if (!found) return;
  call.context.state->update([&](json& document) {
    json& record = repository_record(document, call.name());
    if (!is_digest_reference(reference)) {
      record["tags"].erase(reference);
      return true;
    }
    record["manifests"].erase(found->first);
    for (auto it = record["tags"].begin(); it != record["tags"].end();)
      it = *it == found->first ? record["tags"].erase(it) : std::next(it);
    return true;
  });
  call.no_content(202);
}

}  // namespace

void register_manifest_routes(Router& repository) {
  repository.put(kManifestPattern, put_manifest);
  repository.get(kManifestPattern, get_manifest);
  repository.del(kManifestPattern, delete_manifest);
}

}  // namespace raxol::sandbox::registry
