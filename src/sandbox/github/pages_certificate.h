// The HTTPS certificate of a Pages custom domain, as GET /pages reports it in
// "https_certificate". Its state is derived from timestamps when read (no background thread):
// "new" for the first half of settings.github.certificate_ms after the domain was set, then
// "authorization_created", then "approved" (expiring 90 days later).
//
// Stored in the site as "certificate": {domain, created_ms, approved_ms}.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::github {

nlohmann::json new_certificate(const std::string& domain, std::int64_t now, int delay_ms);
// "new" | "authorization_created" | "approved".
std::string certificate_state(const nlohmann::json& certificate, std::int64_t now);
// {"state", "description", "domains", "expires_at" (once approved)}.
nlohmann::json https_certificate_json(const nlohmann::json& certificate, std::int64_t now);

}  // namespace raxol::sandbox::github
