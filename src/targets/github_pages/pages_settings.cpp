#include "targets/github_pages/pages_settings.h"

namespace raxol::github_pages {

std::optional<std::string> normalize_destination(const std::string& path) {
  if (!path.empty() && path.front() == '/') {
    if (path.find_first_not_of('/') == std::string::npos) return std::string();
    return std::nullopt;
  }
  std::string result;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") return std::nullopt;
    if (!part.empty() && part != ".") result += (result.empty() ? "" : "/") + part;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return result;
}

Result<PagesSettings> read_pages_settings(const Settings& checked) {
  PagesSettings settings;
  settings.directory = checked.text("directory");
  const std::string destination = checked.text("destination_dir");
  auto normalized = normalize_destination(destination);
  if (!normalized)
    return checked.error("destination_dir",
                         "must be a path inside the branch (relative, no '..'), found \"" +
                             destination + "\"");
  settings.destination_dir = *normalized;
  if (!checked.text("branch").empty()) settings.branch = checked.text("branch");
  settings.repository = checked.text("repository");
  settings.cname = checked.text("cname");
  settings.keep_files = checked.boolean("keep_files");
  if (checked.has("nojekyll")) settings.nojekyll = checked.boolean("nojekyll");
  settings.message = checked.text("message");
  settings.author = checked.text("author");
  if (checked.has("wait")) settings.wait = checked.boolean("wait");
  if (checked.has("https_enforced")) settings.https_enforced = checked.boolean("https_enforced");
  settings.exclude = checked.list("exclude");
  if (!settings.author.empty() &&
      (settings.author.find('<') == std::string::npos || settings.author.back() != '>'))
    return checked.error("author", "expected \"Name <email>\", found \"" + settings.author + "\"");
  return settings;
}

}  // namespace raxol::github_pages
