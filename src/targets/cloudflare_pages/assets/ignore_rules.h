// What the walk leaves out. Two sources:
//   * wrangler's built-in list (protocol notes §4.1), matched with minimatch's semantics:
//     `_worker.js`, `_redirects`, `_headers`, `_routes.json`, `functions`, `.wrangler` at the
//     root only; `node_modules`, `.DS_Store`, `.git` at any depth except beneath a dot-directory
//     (minimatch's `**` does not enter dot segments); case-sensitive.
//   * our optional ignore file (setting `ignore_file`), with .gitignore's syntax: `#` comments,
//     `!` re-includes, a trailing `/` matches directories only, a pattern with a `/` is anchored
//     at the folder's root, one without matches at any depth; `*`, `?`, `[...]` within a
//     segment and `**` across segments. The last matching line wins.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/result.h"

namespace raxol::cloudflare_pages {

enum class BuiltinMatch {
  none,
  ignored,   // wrangler leaves it out
  exempted,  // a name wrangler leaves out elsewhere, kept because it sits under a dot-directory
};

// `relative` uses '/' separators and has no leading '/'.
BuiltinMatch builtin_ignore(std::string_view relative);

class IgnoreFile {
 public:
  IgnoreFile() = default;
  // Parses the text of an ignore file.
  static IgnoreFile parse(std::string_view text);
  static Result<IgnoreFile> load(const std::filesystem::path& path);

  bool empty() const { return rules_.empty(); }
  // Whether `relative` ('/' separators) is ignored.
  bool ignored(std::string_view relative, bool is_directory) const;

 private:
  struct Rule {
    std::vector<std::string> segments;  // "**" stands for any number of segments
    bool negated = false;
    bool directory_only = false;
  };
  std::vector<Rule> rules_;
};

}  // namespace raxol::cloudflare_pages
