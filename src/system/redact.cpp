#include "raxol/redact.h"

namespace raxol {

void Redactor::add(std::string secret) {
  if (secret.size() < 4) return;
  std::lock_guard lock(mutex_);
  for (const auto& known : secrets_)
    if (known == secret) return;
  secrets_.push_back(std::move(secret));
  // Longest first, so that a secret containing another is masked whole.
  std::sort(secrets_.begin(), secrets_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

std::string Redactor::redact(std::string_view text) const {
  std::string result(text);
  std::lock_guard lock(mutex_);
  for (const auto& secret : secrets_) {
    for (auto pos = result.find(secret); pos != std::string::npos;
         pos = result.find(secret, pos)) {
      result.replace(pos, secret.size(), "[REDACTED]");
      pos += 10;
    }
  }
  return result;
}

std::string redact_url_credentials(std::string_view url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  auto host_start = scheme_end + 3;
  auto path_start = url.find('/', host_start);
  auto at = url.find('@', host_start);
  if (at == std::string_view::npos || (path_start != std::string_view::npos && at > path_start))
    return std::string(url);
  return std::string(url.substr(0, host_start)) + "***" + std::string(url.substr(at));
}

}  // namespace raxol
