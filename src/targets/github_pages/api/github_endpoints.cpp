#include "targets/github_pages/api/github_endpoints.h"

namespace raxol::github_pages {

namespace {
std::string trim_trailing_slash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

std::string base64(const std::string& data) {
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    unsigned n = (static_cast<unsigned char>(data[i]) << 16) |
                 (static_cast<unsigned char>(data[i + 1]) << 8) |
                 static_cast<unsigned char>(data[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += alphabet[(n >> shift) & 63];
  }
  if (i < data.size()) {
    unsigned n = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) n |= static_cast<unsigned char>(data[i + 1]) << 8;
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    out += i + 1 < data.size() ? alphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}
}  // namespace

GitHubEndpoints endpoints_from_environment(const Environment& env) {
  GitHubEndpoints endpoints;
  endpoints.api_base =
      trim_trailing_slash(env.first_of({"GITHUB_API_URL"}).value_or("https://api.github.com"));
  endpoints.server_url =
      trim_trailing_slash(env.first_of({"GITHUB_SERVER_URL"}).value_or("https://github.com"));
  endpoints.token = env.first_of({"GITHUB_TOKEN", "GH_TOKEN"}).value_or("");
  return endpoints;
}

std::string basic_credentials(const std::string& token) {
  return base64("x-access-token:" + token);
}

}  // namespace raxol::github_pages
