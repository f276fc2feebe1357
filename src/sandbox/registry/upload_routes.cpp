// Blob uploads (uploads.h keeps them in files):
//   POST   /v2/NAME/blobs/uploads/                    202 + Location: start an upload
//   POST   ...?digest=D (body: the blob)              201: a monolithic upload
//   POST   ...?mount=D&from=OTHER                     201 when OTHER has D; else a 202 upload,
//                                                     as the spec says a registry may fall back
//   PATCH  /v2/NAME/blobs/uploads/ID (a chunk)        202 + Range: 0-N; 416 out of order
//   GET    /v2/NAME/blobs/uploads/ID                  204 + Range
//   PUT    /v2/NAME/blobs/uploads/ID?digest=D [body]  201; 400 DIGEST_INVALID when the bytes
//                                                     do not hash to D (the upload is dropped)
//   DELETE /v2/NAME/blobs/uploads/ID                  204: cancelled
// Locations are paths relative to the sandbox ("/v2/NAME/blobs/uploads/ID"): docker, buildah,
// podman and skopeo resolve them against the request's URL (Go's Response.Location).
#include "sandbox/registry/names.h"
#include "sandbox/registry/routes.h"
#include "util/digest.h"

namespace raxol::sandbox::registry {

namespace {

const std::string kUploadsPattern = kRepositoryPattern + "/blobs/uploads/?";
const std::string kUploadPattern = kRepositoryPattern + "/blobs/uploads/([^/]+)";

void link_blob(Call& call, const std::string& name, const std::string& digest, std::uint64_t size) {
  call.context.state->update([&](json& document) {
    repository_record(document, name)["blobs"][digest] = size;
    return true;
  });
}

void blob_created(Call& call, const std::string& digest) {
  call.set_header("Location", "/v2/" + call.name() + "/blobs/" + digest);
  call.set_header("Docker-Content-Digest", digest);
  call.no_content(201);
}

// The headers of an upload in progress, on every answer about it.
void upload_headers(Call& call, const std::string& id, std::uint64_t size) {
  call.set_header("Location", "/v2/" + call.name() + "/blobs/uploads/" + id);
  call.set_header("Range", range_header(size));
  call.set_header("Docker-Upload-UUID", id);
}

bool check_digest(Call& call, const std::string& digest) {
  if (is_supported_digest(digest)) return true;
  call.fail(400, RegistryCode::digest_invalid,
            digest.empty() ? "a digest is required (?digest=sha256:...)"
                           : "invalid digest: expected sha256:<64 hex> or sha512:<128 hex>",
            json(digest));
  return false;
}

// Links OTHER's blob into this repository; false when OTHER does not have it.
bool mount(Call& call, const std::string& digest, const std::string& from) {
  if (!is_supported_digest(digest) || !valid_repository_name(from)) return false;
  bool mounted = false;
  call.context.state->update([&](json& document) {
    const json* source = find_repository(document, from);
    if (source == nullptr || !source->contains("blobs") || !(*source)["blobs"].contains(digest))
      return false;
    const json size = (*source)["blobs"][digest];
    repository_record(document, call.name())["blobs"][digest] = size;
    mounted = true;
    return true;
  });
  return mounted;
}

void monolithic_upload(Call& call, const std::string& digest) {
  if (!check_digest(call, digest)) return;
  if (digest_with(digest_algorithm(digest), call.request.body) != digest)
    return call.fail(400, RegistryCode::digest_invalid, "", json(digest));
  if (!call.context.blobs.put(digest, call.request.body))
    return call.fail(500, RegistryCode::unknown, "cannot store the blob");
  link_blob(call, call.name(), digest, call.request.body.size());
  blob_created(call, digest);
}

void start_upload(Call& call) {
  if (call.has_query("mount") && mount(call, call.query("mount"), call.query("from")))
    return blob_created(call, call.query("mount"));
  if (call.has_query("digest")) return monolithic_upload(call, call.query("digest"));
  const std::string id = call.context.uploads.start(call.name());
  upload_headers(call, id, 0);
  call.no_content(202);
}

// The upload of the path, which must belong to this repository; answers 404 otherwise.
std::optional<UploadStatus> find_upload(Call& call) {
  auto upload = call.context.uploads.find(call.path_param(2));
  if (upload && upload->repository == call.name()) return upload;
  call.fail(404, RegistryCode::blob_upload_unknown, "", json(call.path_param(2)));
  return std::nullopt;
}

// Appends the request's body (a PATCH chunk, or the last bytes of a PUT); false after
// answering an error.
bool append_body(Call& call, std::uint64_t& size) {
  const std::string id = call.path_param(2);
  std::optional<ByteRange> range;
  if (call.request.has_header("Content-Range")) {
    range = parse_content_range(call.header("Content-Range"));
    if (!range) {
      call.fail(
          400, RegistryCode::blob_upload_invalid,
          "invalid Content-Range \"" + call.header("Content-Range") + "\": expected FIRST-LAST");
      return false;
    }
  }
  switch (call.context.uploads.append(id, range, call.request.body, size)) {
    case AppendResult::appended:
      return true;
    case AppendResult::out_of_order:
      // Where the upload stands, so that the client can resume from there.
      upload_headers(call, id, size);
      call.fail(416, RegistryCode::blob_upload_invalid,
                "Content-Range " + call.header("Content-Range") + " does not start at byte " +
                    std::to_string(size) + ", where the upload ends");
      return false;
    case AppendResult::bad_length:
      call.fail(400, RegistryCode::size_invalid,
                "Content-Range " + call.header("Content-Range") +
                    " is not the length of the body (" + std::to_string(call.request.body.size()) +
                    " bytes)");
      return false;
    case AppendResult::unknown:
      break;
  }
  call.fail(404, RegistryCode::blob_upload_unknown, "", json(id));
  return false;
}

void patch_upload(Call& call) {
  if (!find_upload(call)) return;
  std::uint64_t size = 0;
  if (!append_body(call, size)) return;
  upload_headers(call, call.path_param(2), size);
  call.no_content(202);
}

void upload_status(Call& call) {
  auto upload = find_upload(call);
  if (!upload) return;
  upload_headers(call, call.path_param(2), upload->size);
  call.no_content(204);
}

void finish_upload(Call& call) {
  auto upload = find_upload(call);
  if (!upload) return;
  const std::string id = call.path_param(2);
  const std::string digest = call.query("digest");
  if (!check_digest(call, digest)) return;
  std::uint64_t size = upload->size;
  if (!call.request.body.empty() && !append_body(call, size)) return;
  const auto path = call.context.uploads.data_path(id);
  if (file_digest(path, digest_algorithm(digest)) != digest) {
    // As the reference registry does, a failed commit ends the upload.
    call.context.uploads.remove(id);
    return call.fail(400, RegistryCode::digest_invalid, "", json(digest));
  }
  if (!call.context.blobs.adopt(path, digest))
    return call.fail(500, RegistryCode::unknown, "cannot store the blob");
  call.context.uploads.remove(id);
  link_blob(call, call.name(), digest, size);
  blob_created(call, digest);
}

void cancel_upload(Call& call) {
  if (!find_upload(call)) return;
  call.context.uploads.remove(call.path_param(2));
  call.no_content(204);
}

}  // namespace

void register_upload_routes(Router& repository) {
  repository.post(kUploadsPattern, start_upload);
  repository.patch(kUploadPattern, patch_upload);
  repository.get(kUploadPattern, upload_status);
  repository.put(kUploadPattern, finish_upload);
  repository.del(kUploadPattern, cancel_upload);
}

}  // namespace raxol::sandbox::registry
