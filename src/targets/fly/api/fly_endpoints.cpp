#include "targets/fly/api/fly_endpoints.h"

namespace raxol::fly {

namespace {
std::string trim_trailing_slash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
}  // namespace

Result<FlyEndpoints> endpoints_from_environment(const Environment& env) {
  FlyEndpoints endpoints;
  endpoints.machines_base = trim_trailing_slash(
      env.first_of({"FLY_FLAPS_BASE_URL"}).value_or("https://api.machines.dev"));
  endpoints.web_base =
      trim_trailing_slash(env.first_of({"FLY_API_BASE_URL"}).value_or("https://api.fly.io"));
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
    if (starts_with(value, scheme)) value = value.substr(scheme.size());
  bool macaroon = false;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    std::string_view part(value.data() + start,
                          (comma == std::string::npos ? value.size() : comma) - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (starts_with(part, "fm1r_") || starts_with(part, "fm1a_") || starts_with(part, "fm2_"))
      macaroon = true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return (macaroon ? "FlyV1 " : "Bearer ") + value;
}

}  // namespace raxol::fly
