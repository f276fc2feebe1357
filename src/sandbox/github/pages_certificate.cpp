#include "sandbox/github/pages_certificate.h"

#include <algorithm>

#include "util/time_format.h"

namespace raxol::sandbox::github {

using nlohmann::json;

json new_certificate(const std::string& domain, std::int64_t now, int delay_ms) {
  return {{"domain", domain}, {"created_ms", now}, {"approved_ms", now + std::max(0, delay_ms)}};
}

std::string certificate_state(const json& certificate, std::int64_t now) {
  std::int64_t created = certificate.value("created_ms", std::int64_t{0});
  std::int64_t approved = certificate.value("approved_ms", created);
  if (now >= approved) return "approved";
  return now < created + (approved - created) / 2 ? "new" : "authorization_created";
}

json https_certificate_json(const json& certificate, std::int64_t now) {
  const std::string state = certificate_state(certificate, now);
  json answer = {
      {"state", state},
      {"description", state == "approved" ? "Certificate is approved"
                      : state == "new"    ? "Waiting for the DNS check of the domain"
                                          : "Certificate authorization created"},
      {"domains", json::array({certificate.value("domain", "")})},
  };
  if (state == "approved") {
    // A date, as GitHub gives it ("2027-02-01").
    constexpr std::int64_t kNinetyDaysMs = std::int64_t{90} * 24 * 3600 * 1000;
    const std::int64_t expires = certificate.value("approved_ms", std::int64_t{0}) + kNinetyDaysMs;
    answer["expires_at"] = format_rfc3339_ms(expires).substr(0, 10);
  }
  return answer;
}

}  // namespace raxol::sandbox::github
