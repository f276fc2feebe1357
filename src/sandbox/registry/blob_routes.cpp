// Blobs of a repository: GET/HEAD /v2/NAME/blobs/DIGEST (the bytes, streamed from the content
// file; a Range request gets 206 from httplib) and DELETE (unlinks the blob from this
// repository; the content stays for the others). A blob is known to a repository only once it
// was pushed or mounted there (registry_state.h).
#include <fstream>

#include "sandbox/registry/routes.h"
#include "util/digest.h"

namespace raxol::sandbox::registry {

namespace {

// Whether the repository links `digest`; answers 404 (NAME_UNKNOWN, BLOB_UNKNOWN) or 400
// (DIGEST_INVALID) otherwise.
bool blob_linked(Call& call, const std::string& digest) {
  if (!is_supported_digest(digest)) {
    call.fail(400, RegistryCode::digest_invalid,
              "invalid digest: expected sha256:<64 hex> or "
              "sha512:<128 hex>",
              json(digest));
    return false;
  }
  bool repository = false, linked = false;
  call.context.state->read([&](const json& document) {
    const json* record = find_repository(document, call.name());
    repository = record != nullptr;
    linked = repository && record->contains("blobs") && (*record)["blobs"].contains(digest);
  });
  if (!repository)
    call.fail(404, RegistryCode::name_unknown, "", json{{"name", call.name()}});
  else if (!linked)
    call.fail(404, RegistryCode::blob_unknown, "", json(digest));
  return linked;
}

void get_blob(Call& call) {
  const std::string digest = call.path_param(2);
  if (!blob_linked(call, digest)) return;
  auto size = call.context.blobs.size_of(digest);
  if (!size) return call.fail(404, RegistryCode::blob_unknown, "", json(digest));
  call.set_header("Docker-Content-Digest", digest);
  call.set_header("ETag", "\"" + digest + "\"");
  if (*size == 0) {
    call.response.set_content("", "application/octet-stream");
    return;
  }
  // The status stays unset, so that httplib answers a Range request with 206 (or 416); for
  // HEAD it sends the headers (Content-Length from the provider's length) and no body.
  auto file = std::make_shared<std::ifstream>(call.context.blobs.path_of(digest), std::ios::binary);
  call.response.set_content_provider(
      *size, "application/octet-stream",
      [file](size_t offset, size_t length, httplib::DataSink& sink) {
        std::vector<char> piece(std::min<size_t>(length, 1 << 16));
        file->clear();
        file->seekg(static_cast<std::streamoff>(offset));
        file->read(piece.data(), static_cast<std::streamsize>(piece.size()));
        if (file->gcount() <= 0) return false;
        sink.write(piece.data(), static_cast<size_t>(file->gcount()));
        return true;
      });
}

void delete_blob(Call& call) {
  const std::string digest = call.path_param(2);
  if (!blob_linked(call, digest)) return;
  call.context.state->update([&](json& document) {
    repository_record(document, call.name())["blobs"].erase(digest);
    return true;
  });
  call.no_content(202);
}

}  // namespace

void register_blob_routes(Router& repository) {
  repository.get(kRepositoryPattern + "/blobs/([^/]+)", get_blob);
  repository.del(kRepositoryPattern + "/blobs/([^/]+)", delete_blob);
}

}  // namespace raxol::sandbox::registry
