// `_redirects` and `_headers` as Cloudflare Pages applies them (protocol notes §11;
// developers.cloudflare.com/pages/configuration/{redirects,headers}): the emulator serves
// deployments with them so that tests see what visitors would.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace raxol::sandbox::cloudflare_pages {

struct RedirectRule {
  std::string from;
  std::string to;
  int status = 302;
};

// Parses _redirects: 2 or 3 tokens per line, status 200/301/302/303/307/308 (default 302),
// `#` comments, duplicate sources and the infinite-loop rules (`/* /index.html`) dropped.
std::vector<RedirectRule> parse_redirects(const std::string& text);

struct RedirectMatch {
  std::string to;  // with :splat and :placeholders substituted
  int status = 302;
};
// The topmost rule matching `path`, if any.
std::optional<RedirectMatch> match_redirect(const std::vector<RedirectRule>& rules,
                                            const std::string& path);

struct HeaderRule {
  std::string pattern;
  std::vector<std::pair<std::string, std::string>> set;  // name, value
  std::vector<std::string> detach;                       // `! Name` lines
};

std::vector<HeaderRule> parse_headers(const std::string& text);

// The headers for `path`: every matching rule in order, values of one name joined with ", ",
// `! Name` removing what earlier rules set.
std::vector<std::pair<std::string, std::string>> headers_for(const std::vector<HeaderRule>& rules,
                                                             const std::string& path);

// `pattern` (`*` splat, `:name` one segment) against `path`; captures by name ("splat" for *).
bool match_pattern(const std::string& pattern, const std::string& path,
                   std::vector<std::pair<std::string, std::string>>* captures = nullptr);

}  // namespace raxol::sandbox::cloudflare_pages
