#include "targets/cloudflare_pages/assets/ignore_rules.h"

#include <fnmatch.h>

#include <array>
#include <fstream>
#include <sstream>

namespace raxol::cloudflare_pages {

namespace {

std::vector<std::string_view> split_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    auto slash = path.find('/');
    std::string_view segment = path.substr(0, slash);
    if (!segment.empty()) segments.push_back(segment);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool segment_matches(const std::string& pattern, std::string_view name) {
  std::string text(name);
  return ::fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
}

bool match_from(const std::vector<std::string>& pattern, size_t p,
                const std::vector<std::string_view>& path, size_t s) {
  if (p == pattern.size()) return s == path.size();
  if (pattern[p] == "**") {
    for (size_t skip = s; skip <= path.size(); ++skip)
      if (match_from(pattern, p + 1, path, skip)) return true;
    return false;
  }
  return s < path.size() && segment_matches(pattern[p], path[s]) &&
         match_from(pattern, p + 1, path, s + 1);
}

}  // namespace

BuiltinMatch builtin_ignore(std::string_view relative) {
  static constexpr std::array<std::string_view, 6> kRootOnly = {
      "_worker.js", "_redirects", "_headers", "_routes.json", "functions", ".wrangler"};
  static constexpr std::array<std::string_view, 3> kAnyDepth = {"node_modules", ".DS_Store",
                                                                ".git"};
  auto segments = split_segments(relative);
  if (segments.empty()) return BuiltinMatch::none;
  if (segments.size() == 1)
    for (auto name : kRootOnly)
      if (segments[0] == name) return BuiltinMatch::ignored;
  for (auto name : kAnyDepth) {
    if (segments.back() != name) continue;
    for (size_t i = 0; i + 1 < segments.size(); ++i)
      if (segments[i].front() == '.') return BuiltinMatch::exempted;
    return BuiltinMatch::ignored;
  }
  return BuiltinMatch::none;
}

IgnoreFile IgnoreFile::parse(std::string_view text) {
  IgnoreFile file;
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    while (!line.empty() && line.back() == ' ' &&
           !(line.size() >= 2 && line[line.size() - 2] == '\\'))
      line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    Rule rule;
    if (line.front() == '!') {
      rule.negated = true;
      line.erase(0, 1);
    } else if (line.rfind("\\!", 0) == 0 || line.rfind("\\#", 0) == 0) {
      line.erase(0, 1);
    }
    if (!line.empty() && line.back() == '/') {
      rule.directory_only = true;
      line.pop_back();
    }
    const bool anchored = line.find('/') != std::string::npos;
    if (!anchored) rule.segments.push_back("**");
    for (auto segment : split_segments(line)) rule.segments.emplace_back(segment);
    if (rule.segments.empty() || (rule.segments.size() == 1 && rule.segments[0] == "**")) continue;
    file.rules_.push_back(std::move(rule));
  }
  return file;
}

Result<IgnoreFile> IgnoreFile::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorKind::config, path.string() + ": cannot read the ignore file");
  std::stringstream text;
  text << in.rdbuf();
  return parse(text.str());
}

bool IgnoreFile::ignored(std::string_view relative, bool is_directory) const {
  auto path = split_segments(relative);
  bool result = false;
  for (const auto& rule : rules_) {
    if (rule.directory_only && !is_directory) continue;
    if (match_from(rule.segments, 0, path, 0)) result = !rule.negated;
  }
  return result;
}

}  // namespace raxol::cloudflare_pages
