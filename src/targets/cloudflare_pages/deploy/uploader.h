// Uploads the assets check-missing reported, in waves of parallel requests over keep-alive
// connections (HttpClient::send_all, libcurl multi). Each body is built just before its wave
// (read and base64-encoded on worker threads) and freed after it, so memory stays near
// parallel x bucket size whatever the site's size. Transient failures (429, 5xx, resets) are
// retried by the retry decorator with backoff and jitter; a refused upload JWT is refreshed
// once for all workers and the refused requests are sent again.
#pragma once

#include <cstdint>
#include <vector>

#include "raxol/cancel.h"
#include "raxol/ui.h"
#include "targets/cloudflare_pages/assets/hasher.h"
#include "targets/cloudflare_pages/deploy/buckets.h"
#include "targets/cloudflare_pages/deploy/token_source.h"

namespace raxol::cloudflare_pages {

struct UploaderOptions {
  int parallel = 3;  // requests in flight (wrangler: 3)
  BucketLimits buckets;
  Progress* progress = nullptr;  // bytes uploaded of total, with "n/m files"
  const CancelToken* cancel = nullptr;
};

struct UploadStats {
  size_t files = 0;
  std::uint64_t bytes = 0;
  int requests = 0;  // upload requests sent, resends after a refused JWT included
  int waves = 0;
};

// The JSON body of one upload request: [{"key", "value" (base64), "metadata": {contentType},
// "base64": true}, ...]. Fails when a file changed size since it was hashed.
Result<std::string> upload_body(const std::filesystem::path& root,
                                const std::vector<const Asset*>& assets);

Result<UploadStats> upload_assets(PagesClient& client, UploadTokenSource& tokens,
                                  const std::filesystem::path& root,
                                  const std::vector<const Asset*>& missing,
                                  const UploaderOptions& options);

}  // namespace raxol::cloudflare_pages
