#include "sandbox/cloudflare_pages/site_rules.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "util/strings.h"

namespace raxol::sandbox::cloudflare_pages {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

bool match_from(const std::string& pattern, size_t p, const std::string& path, size_t s,
                std::vector<std::pair<std::string, std::string>>* captures) {
  if (p == pattern.size()) return s == path.size();
  if (pattern[p] == '*') {
    for (size_t end = path.size() + 1; end-- > s;) {
      size_t mark = captures ? captures->size() : 0;
      if (captures) captures->emplace_back("splat", path.substr(s, end - s));
      if (match_from(pattern, p + 1, path, end, captures)) return true;
      if (captures) captures->resize(mark);
    }
    return false;
  }
  if (pattern[p] == ':' && p + 1 < pattern.size() &&
      std::isalpha(static_cast<unsigned char>(pattern[p + 1]))) {
    size_t name_end = p + 1;
    while (
        name_end < pattern.size() &&
        (std::isalnum(static_cast<unsigned char>(pattern[name_end])) || pattern[name_end] == '_'))
      ++name_end;
    size_t segment_end = path.find('/', s);
    if (segment_end == std::string::npos) segment_end = path.size();
    if (segment_end == s) return false;
    size_t mark = captures ? captures->size() : 0;
    if (captures)
      captures->emplace_back(pattern.substr(p + 1, name_end - p - 1),
                             path.substr(s, segment_end - s));
    if (match_from(pattern, name_end, path, segment_end, captures)) return true;
    if (captures) captures->resize(mark);
    return false;
  }
  return s < path.size() && pattern[p] == path[s] &&
         match_from(pattern, p + 1, path, s + 1, captures);
}

}  // namespace

bool match_pattern(const std::string& pattern, const std::string& path,
                   std::vector<std::pair<std::string, std::string>>* captures) {
  return match_from(pattern, 0, path, 0, captures);
}

std::vector<RedirectRule> parse_redirects(const std::string& text) {
  static const std::set<int> allowed = {200, 301, 302, 303, 307, 308};
  std::vector<RedirectRule> rules;
  std::set<std::string> seen;
  for (const auto& raw : lines_of(text)) {
    std::string line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    std::istringstream in(line);
    std::vector<std::string> tokens;
    for (std::string token; in >> token;) {
      if (tokens.size() >= 2 && token.front() == '#') break;  // inline comment
      tokens.push_back(token);
    }
    if (tokens.size() < 2 || tokens.size() > 3) continue;
    RedirectRule rule{tokens[0], tokens[1], 302};
    if (tokens.size() == 3) {
      rule.status = std::atoi(tokens[2].c_str());
      if (allowed.count(rule.status) == 0) continue;
    }
    const std::string target = rule.to.substr(0, rule.to.find('?'));
    bool loop = (rule.from == "/*" && (target == "/index.html" || target == "/index")) ||
                (rule.from == "/" && target == "/index.html");
    if (loop) continue;
    if (rule.status == 200 && (rule.to.empty() || rule.to.front() != '/')) continue;
    if (!seen.insert(rule.from).second) continue;
    rules.push_back(rule);
  }
  return rules;
}

std::optional<RedirectMatch> match_redirect(const std::vector<RedirectRule>& rules,
                                            const std::string& path) {
  for (const auto& rule : rules) {
    std::vector<std::pair<std::string, std::string>> captures;
    if (!match_pattern(rule.from, path, &captures)) continue;
    std::string to = rule.to;
    for (const auto& [name, value] : captures) {
      const std::string token = ":" + name;
      for (size_t at = to.find(token); at != std::string::npos;
           at = to.find(token, at + value.size())) {
        to.replace(at, token.size(), value);
      }
    }
    return RedirectMatch{to, rule.status};
  }
  return std::nullopt;
}

std::vector<HeaderRule> parse_headers(const std::string& text) {
  std::vector<HeaderRule> rules;
  for (const auto& raw : lines_of(text)) {
    const std::string line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const bool indented = raw.front() == ' ' || raw.front() == '\t';
    if (!indented) {
      rules.push_back(HeaderRule{line, {}, {}});
      continue;
    }
    if (rules.empty()) continue;
    if (line.front() == '!') {
      rules.back().detach.push_back(lower(trim(line.substr(1))));
      continue;
    }
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    rules.back().set.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
  }
  return rules;
}

std::vector<std::pair<std::string, std::string>> headers_for(const std::vector<HeaderRule>& rules,
                                                             const std::string& path) {
  std::vector<std::pair<std::string, std::string>> headers;
  for (const auto& rule : rules) {
    if (rule.pattern.empty() || rule.pattern.front() != '/') continue;  // host rules: not here
    if (!match_pattern(rule.pattern, path)) continue;
    for (const auto& name : rule.detach)
      headers.erase(std::remove_if(headers.begin(), headers.end(),
                                   [&](const auto& header) { return lower(header.first) == name; }),
                    headers.end());
    for (const auto& [name, value] : rule.set) {
      auto same = std::find_if(headers.begin(), headers.end(), [&](const auto& header) {
        return lower(header.first) == lower(name);
      });
      if (same == headers.end())
        headers.emplace_back(name, value);
      else
        same->second += ", " + value;
    }
  }
  return headers;
}

}  // namespace raxol::sandbox::cloudflare_pages
