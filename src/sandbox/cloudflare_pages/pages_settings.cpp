#include "sandbox/cloudflare_pages/pages_settings.h"

#include "sandbox/kit/settings_reader.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

using S = PagesEmulatorSettings;

// Ids, names and the JWT secret cannot be empty: "" keeps the default.
const kit::Knobs<S> kKnobs = {
    .integers = {{"jwt_ttl_seconds", &S::jwt_ttl_seconds},
                 {"stage_ms", &S::stage_ms},
                 {"domain_active_ms", &S::domain_active_ms}},
    .wide_integers = {{"max_file_count_allowed", &S::max_file_count_allowed}},
    .flags = {{"expired_jwt_plain_text", &S::expired_jwt_plain_text}},
    .nonempty_strings = {{"account_id", &S::account_id},
                         {"account_name", &S::account_name},
                         {"jwt_secret", &S::jwt_secret},
                         {"domain_validation_method", &S::domain_validation_method}},
    .string_lists = {{"tokens", &S::tokens}, {"zones", &S::zones}},
    .name_globs = {{"failing_branches", &S::failing_branches},
                   {"failing_domains", &S::failing_domains}},
};

}  // namespace

PagesEmulatorSettings read_pages_settings(StateFile& settings) {
  PagesEmulatorSettings result = kit::read_knobs(settings, "cloudflare-pages", kKnobs);
  // No token at all would lock every client out.
  if (result.tokens.empty()) result.tokens = PagesEmulatorSettings().tokens;
  return result;
}

}  // namespace raxol::sandbox::cloudflare_pages
