// The asset calls, authenticated with the upload JWT and sitting directly under /client/v4:
// check-missing, upload (bytes stored by key), upsert-hashes.
#include "sandbox/cloudflare_pages/routes.h"
#include "sandbox/cloudflare_pages/upload_body.h"
#include "util/base64.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

// The "hashes" array of the body, every one a valid key; nullopt after answering 400.
std::optional<std::vector<std::string>> hashes_of(Call& call) {
  const std::string shape = "Request body must be {\"hashes\": [...]}";
  auto body = call.json_body(shape);
  if (!body) return std::nullopt;
  if (!body->contains("hashes") || !(*body)["hashes"].is_array()) {
    call.error(400, kValidation, shape);
    return std::nullopt;
  }
  std::vector<std::string> hashes;
  for (const auto& hash : (*body)["hashes"]) {
    if (!hash.is_string() || !valid_asset_key(hash.get<std::string>())) {
      call.error(400, kValidation, "Invalid hash " + hash.dump() + ": expected 32 hex digits");
      return std::nullopt;
    }
    hashes.push_back(hash.get<std::string>());
  }
  return hashes;
}

void check_missing(Call& call) {
  auto hashes = hashes_of(call);
  if (!hashes) return;
  json missing = json::array();
  for (const auto& hash : *hashes)
    if (!call.context.assets.has(hash)) missing.push_back(hash);
  call.ok(missing);
}

void upload(Call& call) {
  UploadBody body;
  std::string error;
  if (!parse_upload_body(call.request.body, body, error))
    return call.error(400, kValidation, "Invalid upload body: " + error);
  std::string bytes;
  for (size_t i = 0; i < body.items.size(); ++i) {
    const UploadItem& item = body.items[i];
    const std::string where = "item " + std::to_string(i);
    if (!valid_asset_key(item.key))
      return call.error(400, kValidation, where + ": key must be 32 lower-case hex digits");
    if (item.base64) {
      auto decoded = base64_decode(item.value);
      if (!decoded) return call.error(400, kValidation, where + ": value is not valid base64");
      bytes = std::move(*decoded);
    } else {
      bytes.assign(item.value);
    }
    if (bytes.size() > 25u * 1024 * 1024)
      return call.error(400, kValidation, where + ": asset is over 25 MiB");
    std::string_view type = item.content_type.empty() ? std::string_view("application/octet-stream")
                                                      : item.content_type;
    if (!call.context.assets.put(item.key, type, bytes))
      return call.error(500, kInternalError,
                        "An unknown error occurred (could not store " + where + ")");
  }
  call.ok(nullptr);
}

void upsert_hashes(Call& call) {
  auto hashes = hashes_of(call);
  if (!hashes) return;
  for (const auto& hash : *hashes)
    if (!call.context.assets.has(hash))
      return call.error(400, kValidation, "Hash " + hash + " has not been uploaded");
  call.ok(nullptr);
}

}  // namespace

void register_asset_routes(Router& router) {
  router.post(kApiPrefix + "/pages/assets/check-missing", check_missing);
  router.post(kApiPrefix + "/pages/assets/upload", upload);
  router.post(kApiPrefix + "/pages/assets/upsert-hashes", upsert_hashes);
}

}  // namespace raxol::sandbox::cloudflare_pages
