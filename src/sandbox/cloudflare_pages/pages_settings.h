// The knobs of the Cloudflare Pages emulator, read from STATE/settings.json under
// "cloudflare-pages" on every request (kit/settings_reader.h), so that a test or a person can
// change them on a running sandbox.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/state_file.h"

namespace raxol::sandbox::cloudflare_pages {

struct PagesEmulatorSettings {
  // API tokens accepted as `Authorization: Bearer`, and X-Auth-Key values (with any email).
  std::vector<std::string> tokens = {"sandbox-cloudflare-token"};
  std::string account_id = "5a4db0c0ffee5a4db0c0ffee5a4db0c0";
  std::string account_name = "Sandbox account";
  int jwt_ttl_seconds = 600;                            // lifetime of upload JWTs
  std::int64_t max_file_count_allowed = 20'000;         // the JWT claim
  std::string jwt_secret = "raxol-sandbox-jwt-secret";  // HMAC-SHA256 key of upload JWTs
  // Answer an expired JWT like the real service sometimes does: 403, text/plain "Expired JWT".
  bool expired_jwt_plain_text = false;
  int stage_ms = 0;  // time each of the five stages takes; 0: done at creation
  // Branch globs whose deployments fail in the deploy stage, with log lines. In settings.json
  // `*` matches any run of characters; stored in util/glob.h's syntax (read_name_globs).
  std::vector<std::string> failing_branches;
  // Custom domains: pending -> active this long after they are added (computed on read).
  int domain_active_ms = 1500;
  // Domains (globs, as failing_branches) that end in status "error" instead (validation
  // never succeeds).
  std::vector<std::string> failing_domains;
  // How new domains are validated: "http" (nothing to set but the CNAME) or "txt" (a TXT
  // record _cf-custom-hostname.<domain> as well).
  std::string domain_validation_method = "http";
  // Zones of the account (domain suffixes): their domains get a zone_tag, as on Cloudflare,
  // where Pages creates the DNS record itself.
  std::vector<std::string> zones;
};

PagesEmulatorSettings read_pages_settings(StateFile& settings);

}  // namespace raxol::sandbox::cloudflare_pages
