#include "targets/cloudflare_pages/deploy/token_source.h"

#include <algorithm>

namespace raxol::cloudflare_pages {

namespace {
std::int64_t seconds_now(Clock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}
}  // namespace

UploadTokenSource::UploadTokenSource(PagesClient& client, std::string project, Clock& clock,
                                     Redactor& redactor, std::optional<UploadJwt> initial)
    : client_(client),
      project_(std::move(project)),
      clock_(clock),
      redactor_(redactor),
      jwt_(std::move(initial)) {
  if (jwt_) fetched_at_ = jwt_->iat.value_or(seconds_now(clock_));
}

bool UploadTokenSource::fresh_locked() const {
  if (!jwt_) return false;
  if (!jwt_->exp) return true;  // no expiry claim: never expires
  const std::int64_t issued = jwt_->iat.value_or(fetched_at_);
  const std::int64_t lifetime = std::max<std::int64_t>(*jwt_->exp - issued, 0);
  const std::int64_t margin = std::min<std::int64_t>(60, lifetime / 2);
  return *jwt_->exp - seconds_now(clock_) > margin;
}

Status UploadTokenSource::fetch_locked() {
  RAXOL_ASSIGN_OR_RETURN(UploadJwt fresh, client_.upload_token(project_));
  redactor_.add(fresh.token);
  fetched_at_ = seconds_now(clock_);
  jwt_ = std::move(fresh);
  ++fetches_;
  return {};
}

Result<std::string> UploadTokenSource::current() {
  std::lock_guard lock(mutex_);
  if (!fresh_locked()) RAXOL_TRY(fetch_locked());
  return jwt_->token;
}

Status UploadTokenSource::refresh_after_rejection(const std::string& rejected) {
  std::lock_guard lock(mutex_);
  if (jwt_ && jwt_->token != rejected) return {};  // another worker refreshed already
  if (rejections_ >= kMaxRejections) {
    Error error =
        make_error(ErrorKind::auth, "Cloudflare refused " + std::to_string(rejections_ + 1) +
                                        " upload tokens in a row during this deploy");
    error.notes.push_back("check the machine's clock and the API token's permissions");
    return error;
  }
  ++rejections_;
  return fetch_locked();
}

int UploadTokenSource::fetches() const {
  std::lock_guard lock(mutex_);
  return fetches_;
}

int UploadTokenSource::rejections() const {
  std::lock_guard lock(mutex_);
  return rejections_;
}

Result<UploadJwt> UploadTokenSource::claims() {
  std::lock_guard lock(mutex_);
  if (!jwt_) RAXOL_TRY(fetch_locked());
  return *jwt_;
}

}  // namespace raxol::cloudflare_pages
