#include "targets/cloudflare_pages/api/pages_endpoints.h"

#include "targets/kit/endpoint_url.h"

namespace raxol::cloudflare_pages {

Result<PagesEndpoints> endpoints_from_environment(const Environment& env,
                                                  const std::string& account_setting) {
  PagesEndpoints endpoints;
  endpoints.api_base = endpoint_url(env, {"CLOUDFLARE_API_BASE_URL", "CF_API_BASE_URL"},
                                    "https://api.cloudflare.com/client/v4");
  auto key = env.first_of({"CLOUDFLARE_API_KEY", "CF_API_KEY"});
  auto email = env.first_of({"CLOUDFLARE_EMAIL", "CF_EMAIL"});
  if (key && email) {
    endpoints.api_key = *key;
    endpoints.email = *email;
  } else if (auto token = env.first_of({"CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"})) {
    endpoints.token = *token;
  } else {
    Error error =
        make_error(ErrorKind::auth, "no Cloudflare token: CLOUDFLARE_API_TOKEN is not set");
    error.notes.push_back(
        "create an API token with the permission Account > Cloudflare Pages > "
        "Edit and export CLOUDFLARE_API_TOKEN (and CLOUDFLARE_ACCOUNT_ID),");
    error.notes.push_back("or run against the local sandbox with --sandbox");
    return error;
  }
  endpoints.account_id =
      !account_setting.empty()
          ? account_setting
          : env.first_of({"CLOUDFLARE_ACCOUNT_ID", "CF_ACCOUNT_ID"}).value_or("");
  return endpoints;
}

}  // namespace raxol::cloudflare_pages
