// Where the Cloudflare API lives and how we authenticate, read from the variables wrangler
// reads (protocol notes §13.2), so that pointing both tools at the sandbox is one `source`.
#pragma once

#include <string>

#include "raxol/environment.h"
#include "raxol/result.h"

namespace raxol::cloudflare_pages {

struct PagesEndpoints {
  std::string api_base;    // CLOUDFLARE_API_BASE_URL (default https://api.cloudflare.com/client/v4)
  std::string token;       // CLOUDFLARE_API_TOKEN; never printed
  std::string api_key;     // CLOUDFLARE_API_KEY + CLOUDFLARE_EMAIL: the legacy pair, which wins
  std::string email;       //   over the token when both are set, as in wrangler
  std::string account_id;  // the setting `account_id`, else CLOUDFLARE_ACCOUNT_ID; may be empty
};

// Reads the endpoints (CF_* aliases included); no credentials is an auth error naming the
// variables to set. `account_setting` is the target's `account_id` setting ("" when unset).
Result<PagesEndpoints> endpoints_from_environment(const Environment& env,
                                                  const std::string& account_setting);

}  // namespace raxol::cloudflare_pages
