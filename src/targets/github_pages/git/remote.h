// Which repository a github-pages target pushes to, and what we may send it. The setting is
// `owner/name` (resolved against GITHUB_SERVER_URL, as on github.com), a git URL, or empty (the
// project's origin remote). The token is only ever offered to the GitHub server itself, over
// http(s), in a header: never to another host, never inside the URL.
#pragma once

#include <string>

#include "raxol/result.h"
#include "targets/github_pages/api/github_endpoints.h"

namespace raxol::github_pages {

struct Remote {
  std::string url;    // what git is given; credentials stripped
  std::string owner;  // set when the remote is a repository on the GitHub server
  std::string name;
  bool send_token = false;            // http(s) remote on the GitHub server, and a token is set
  std::string auth_scope;             // "https://host[:port]/": scope of the http.<url>.extraHeader
  std::string cache_key;              // file-name-safe "host-path" (no port, no scheme)
  bool credentials_stripped = false;  // the configured URL carried user:password@

  bool on_github() const { return !owner.empty(); }
  std::string slug() const { return owner + "/" + name; }
};

// Resolves `repository` (or `origin_url` when it is empty). A usage/config error when neither
// gives a URL.
Result<Remote> resolve_remote(const std::string& repository, const std::string& origin_url,
                              const GitHubEndpoints& endpoints);

}  // namespace raxol::github_pages
