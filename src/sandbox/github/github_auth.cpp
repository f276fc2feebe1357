#include "sandbox/github/routes.h"

namespace raxol::sandbox::github {

namespace {

std::string base64_decode(const std::string& text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string out;
  int buffer = 0, bits = 0;
  for (char c : text) {
    int v = value(c);
    if (v < 0) continue;  // padding, whitespace
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return out;
}

}  // namespace

bool has_credentials(const httplib::Request& request) {
  return !request.get_header_value("Authorization").empty();
}

std::optional<std::string> authenticated_token(const httplib::Request& request,
                                               const GitHubSettings& settings) {
  std::string header = request.get_header_value("Authorization");
  std::vector<std::string> candidates;
  for (std::string_view scheme : {"Bearer ", "bearer ", "token "})
    if (header.rfind(scheme, 0) == 0) candidates.push_back(header.substr(scheme.size()));
  if (header.rfind("Basic ", 0) == 0 || header.rfind("basic ", 0) == 0) {
    std::string decoded = base64_decode(header.substr(6));
    auto colon = decoded.find(':');
    if (colon != std::string::npos) {
      candidates.push_back(decoded.substr(colon + 1));
      candidates.push_back(decoded.substr(0, colon));
    }
  }
  for (const auto& candidate : candidates) {
    if (!candidate.empty() && settings.tokens.count(candidate) != 0) return candidate;
  }
  return std::nullopt;
}

std::optional<std::string> authenticate(const httplib::Request& request,
                                        const GitHubSettings& settings) {
  auto token = authenticated_token(request, settings);
  if (!token) return std::nullopt;
  return settings.tokens.at(*token);
}

std::optional<std::string> rest_token_or_401(const httplib::Request& request,
                                             httplib::Response& response,
                                             const GitHubSettings& settings) {
  auto token = authenticated_token(request, settings);
  if (!token)
    write_github_error(response, 401,
                       has_credentials(request) ? "Bad credentials" : "Requires authentication");
  return token;
}

void write_github_error(httplib::Response& response, int status, const std::string& message) {
  write_json(response, status,
             {{"message", message}, {"documentation_url", "https://docs.github.com/rest"}});
}

}  // namespace raxol::sandbox::github
