#include "targets/github_pages/git/remote.h"

#include <regex>

namespace raxol::github_pages {

namespace {

struct UrlParts {
  std::string scheme;  // "https", "http", "ssh", "file", "" (scp-like or a path)
  std::string host;    // without user info and port
  std::string port;
  std::string path;  // without the leading '/'
};

// Splits "scheme://[user[:pass]@]host[:port]/path" and scp-like "user@host:path".
UrlParts split_url(const std::string& url, bool& had_credentials) {
  UrlParts parts;
  had_credentials = false;
  auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) {
    static const std::regex scp(R"(^(?:[^@/]+@)?([^:/]+):(.+)$)");
    std::smatch match;
    if (url.front() != '/' && std::regex_match(url, match, scp)) {
      parts.host = match[1].str();
      parts.path = match[2].str();
    } else {
      parts.path = url;
    }
    return parts;
  }
  parts.scheme = url.substr(0, scheme_end);
  std::string rest = url.substr(scheme_end + 3);
  auto slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  parts.path = slash == std::string::npos ? "" : rest.substr(slash + 1);
  auto at = authority.rfind('@');
  if (at != std::string::npos) {
    // ssh://git@host is a user name, not a secret; http(s) user info may well be a token.
    had_credentials = parts.scheme == "http" || parts.scheme == "https";
    authority = authority.substr(at + 1);
  }
  auto colon = authority.rfind(':');
  if (colon != std::string::npos && authority.find(']') == std::string::npos) {
    parts.port = authority.substr(colon + 1);
    authority = authority.substr(0, colon);
  }
  parts.host = authority;
  return parts;
}

std::string file_safe(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    out += keep ? c : '-';
  }
  while (out.find("--") != std::string::npos) out.replace(out.find("--"), 2, "-");
  while (!out.empty() && (out.front() == '-' || out.front() == '.')) out.erase(out.begin());
  return out.empty() ? std::string("repo") : out;
}

std::string strip_git_suffix(std::string path) {
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".git") == 0)
    path.resize(path.size() - 4);
  return path;
}

}  // namespace

Result<Remote> resolve_remote(const std::string& repository, const std::string& origin_url,
                              const GitHubEndpoints& endpoints) {
  static const std::regex owner_name(R"(^([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)$)");
  std::string configured = repository.empty() ? origin_url : repository;
  if (configured.empty()) {
    Error error = make_error(ErrorKind::config,
                             "no repository to publish to: `repository` is not set and the "
                             "project has no origin remote");
    error.notes.push_back("set repository = \"owner/name\" (or a git URL) in raxol-deploy.toml");
    return error;
  }
  std::smatch match;
  std::string url = configured;
  if (std::regex_match(configured, match, owner_name))
    url = endpoints.server_url + "/" + match[1].str() + "/" + strip_git_suffix(match[2].str()) +
          ".git";

  bool had_credentials = false;
  UrlParts parts = split_url(url, had_credentials);
  Remote remote;
  remote.credentials_stripped = had_credentials;
  if (had_credentials) {
    auto at = url.find('@', url.find("://") + 3);
    url = parts.scheme + "://" + url.substr(at + 1);
  }
  remote.url = url;

  bool dummy = false;
  UrlParts server = split_url(endpoints.server_url, dummy);
  bool http = parts.scheme == "http" || parts.scheme == "https";
  bool same_host = !parts.host.empty() && parts.host == server.host;
  if (http && same_host && parts.port == server.port && parts.scheme == server.scheme) {
    remote.send_token = !endpoints.token.empty();
    remote.auth_scope =
        parts.scheme + "://" + parts.host + (parts.port.empty() ? "" : ":" + parts.port) + "/";
  }
  // owner/name on the server (any transport): the Pages REST API applies to it.
  if (same_host) {
    std::string path = strip_git_suffix(parts.path);
    std::string server_prefix = strip_git_suffix(server.path);
    if (!server_prefix.empty() && path.rfind(server_prefix + "/", 0) == 0)
      path = path.substr(server_prefix.size() + 1);
    if (std::regex_match(path, match, owner_name)) {
      remote.owner = match[1].str();
      remote.name = match[2].str();
    }
  }
  remote.cache_key = file_safe(parts.host + "-" + strip_git_suffix(parts.path));
  return remote;
}

}  // namespace raxol::github_pages
