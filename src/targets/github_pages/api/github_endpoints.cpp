#include "targets/github_pages/api/github_endpoints.h"

#include "targets/kit/endpoint_url.h"
#include "util/base64.h"

namespace raxol::github_pages {

GitHubEndpoints endpoints_from_environment(const Environment& env) {
  GitHubEndpoints endpoints;
  endpoints.api_base = endpoint_url(env, {"GITHUB_API_URL"}, "https://api.github.com");
  endpoints.server_url = endpoint_url(env, {"GITHUB_SERVER_URL"}, "https://github.com");
  endpoints.token = env.first_of({"GITHUB_TOKEN", "GH_TOKEN"}).value_or("");
  return endpoints;
}

std::string basic_credentials(const std::string& token) {
  return base64_encode("x-access-token:" + token);
}

}  // namespace raxol::github_pages
