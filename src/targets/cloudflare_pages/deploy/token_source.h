// The upload JWT for one deploy, shared by every upload worker. It is refreshed *before* it
// expires (when less than min(60 s, half its lifetime) is left), so that long uploads never
// run into expiry (workers-sdk #4919), and again when the service refuses it anyway (clock
// skew, a revoked token): one refresh shared by all workers, at most three such per deploy.
#pragma once

#include <mutex>
#include <optional>
#include <string>

#include "raxol/clock.h"
#include "raxol/redact.h"
#include "targets/cloudflare_pages/api/pages_client.h"

namespace raxol::cloudflare_pages {

class UploadTokenSource {
 public:
  // `initial`: a JWT fetched earlier (by plan()); it is used while it is fresh enough.
  UploadTokenSource(PagesClient& client, std::string project, Clock& clock, Redactor& redactor,
                    std::optional<UploadJwt> initial = std::nullopt);

  // A JWT with more than the refresh margin left, fetching a new one first if needed.
  Result<std::string> current();
  // The service refused `rejected`: fetches a new JWT unless that already happened since.
  Status refresh_after_rejection(const std::string& rejected);

  int fetches() const;
  int rejections() const;
  // The claims of the current JWT (fetching one if there is none yet).
  Result<UploadJwt> claims();

  static constexpr int kMaxRejections = 3;

 private:
  Status fetch_locked();
  bool fresh_locked() const;

  PagesClient& client_;
  std::string project_;
  Clock& clock_;
  Redactor& redactor_;
  mutable std::mutex mutex_;
  std::optional<UploadJwt> jwt_;
  std::int64_t fetched_at_ = 0;  // seconds since the epoch
  int fetches_ = 0;
  int rejections_ = 0;
};

}  // namespace raxol::cloudflare_pages
