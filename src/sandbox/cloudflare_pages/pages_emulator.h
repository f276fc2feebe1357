// The Cloudflare Pages emulator: the v4 API's accounts, Pages projects (with their environment
// variables and custom domains), upload tokens, assets, deployments with stages, rollback and
// logs under /client/v4 (the real paths, fields,
// envelope and error codes), plus the deployed sites themselves under /_sandbox/sites/ for
// tests. State: STATE/cloudflare-pages.json and STATE/cloudflare-pages/. Knobs:
// settings["cloudflare-pages"] (pages_settings.h).
#pragma once

#include "sandbox/emulator.h"

namespace raxol::sandbox::cloudflare_pages {

// Service "cloudflare-pages". Exports CLOUDFLARE_API_BASE_URL (<sandbox>/client/v4),
// CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID, the variables wrangler reads too. Envelope:
// Cloudflare's, its code following the status (8000013 for 401, 8000000 for 5xx...).
Emulator make_pages_emulator(const EmulatorEnvironment& environment);

}  // namespace raxol::sandbox::cloudflare_pages
