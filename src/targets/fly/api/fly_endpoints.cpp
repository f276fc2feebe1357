#include "targets/fly/api/fly_endpoints.h"

#include "targets/kit/endpoint_url.h"

namespace raxol::fly {

Result<FlyEndpoints> endpoints_from_environment(const Environment& env) {
  FlyEndpoints endpoints;
  endpoints.machines_base = endpoint_url(env, {"FLY_FLAPS_BASE_URL"}, "https://api.machines.dev");
  endpoints.web_base = endpoint_url(env, {"FLY_API_BASE_URL"}, "https://api.fly.io");
  endpoints.registry_host = env.first_of({"FLY_REGISTRY_HOST"}).value_or("registry.fly.io");
  auto token = env.first_of({"FLY_ACCESS_TOKEN", "FLY_API_TOKEN"});
  if (!token) {
    Error error = make_error(ErrorKind::auth, "no Fly.io token: FLY_API_TOKEN is not set");
    error.notes.push_back("create one with `fly tokens create deploy` and export FLY_API_TOKEN,");
    error.notes.push_back("or run against the local sandbox with --sandbox");
    return error;
  }
  endpoints.token = *token;
  return endpoints;
}

std::string authorization_value(const std::string& token) {
  std::string value = token;
  for (std::string_view scheme : {"FlyV1 ", "Bearer "})
    if (value.starts_with(scheme)) value = value.substr(scheme.size());
  bool macaroon = false;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    std::string_view part(value.data() + start,
                          (comma == std::string::npos ? value.size() : comma) - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.starts_with("fm1r_") || part.starts_with("fm1a_") || part.starts_with("fm2_"))
      macaroon = true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return (macaroon ? "FlyV1 " : "Bearer ") + value;
}

}  // namespace raxol::fly
