#include "targets/cloudflare_pages/assets/walk.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

namespace raxol::cloudflare_pages {

namespace fs = std::filesystem;

std::string format_size(std::uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
  return buffer;
}

namespace {

bool valid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t extra = 0;
    if (c >= 0x80) {
      if ((c >> 5) == 0x6)
        extra = 1;
      else if ((c >> 4) == 0xE)
        extra = 2;
      else if ((c >> 3) == 0x1E)
        extra = 3;
      else
        return false;
    }
    if (i + extra >= text.size() && extra > 0) return false;
    for (size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2) return false;
    i += extra + 1;
  }
  return true;
}

bool inside(const fs::path& root, const fs::path& target) {
  auto r = root.begin(), t = target.begin();
  for (; r != root.end(); ++r, ++t)
    if (t == target.end() || *r != *t) return false;
  return true;
}

std::optional<std::string> read_small_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  std::string content = text.str();
  if (content.empty()) return std::nullopt;
  return content;
}

class Walker {
 public:
  Walker(const WalkOptions& options, fs::path canonical_root)
      : options_(options), root_(std::move(canonical_root)) {}

  Status walk_directory(const fs::path& dir, const std::string& relative_dir) {
    struct stat own {};
    if (::stat(dir.c_str(), &own) != 0) return io_error(relative_dir, "cannot read");
    auto key = std::make_pair(own.st_dev, own.st_ino);
    if (!ancestors_.insert(key).second)
      return config(shown(relative_dir) + ": directory cycle (a symlink leads back into " +
                    "a folder above it)");
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) return io_error(relative_dir, std::strerror(errno));
    std::vector<std::string> names;
    while (dirent* entry = ::readdir(handle)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(std::move(name));
    }
    ::closedir(handle);
    std::sort(names.begin(), names.end());
    for (const auto& name : names) RAXOL_TRY(visit(dir / name, join(relative_dir, name)));
    ancestors_.erase(key);
    return {};
  }

  SiteWalk result;

 private:
  static std::string join(const std::string& dir, const std::string& name) {
    return dir.empty() ? name : dir + "/" + name;
  }
  std::string shown(const std::string& relative) const {
    return relative.empty() ? options_.display_root : options_.display_root + "/" + relative;
  }
  static Error config(std::string message) { return make_error(ErrorKind::config, message); }
  Error io_error(const std::string& relative, const std::string& what) const {
    return make_error(ErrorKind::failed, shown(relative) + ": " + what);
  }

  Status visit(const fs::path& path, const std::string& relative) {
    if (!valid_utf8(relative))
      return config(shown(relative) + ": file name is not valid UTF-8 (the deployment " +
                    "manifest is JSON); rename it");
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0) return io_error(relative, std::strerror(errno));
    fs::path source = path;
    struct stat info = link;
    if (S_ISLNK(link.st_mode)) {
      std::error_code ec;
      fs::path target = fs::canonical(path, ec);
      if (ec) {
        std::error_code read_ec;
        auto written = fs::read_symlink(path, read_ec);
        return config(shown(relative) + ": broken symlink (to " + written.string() + ")");
      }
      if (!inside(root_, target))
        return config(shown(relative) + ": symlink to " + target.string() + " leaves " +
                      options_.display_root + " (links out of the folder are never followed)");
      if (::stat(target.c_str(), &info) != 0) return io_error(relative, std::strerror(errno));
    }
    const bool directory = S_ISDIR(info.st_mode);
    switch (builtin_ignore(relative)) {
      case BuiltinMatch::ignored:
        return {};
      case BuiltinMatch::exempted:
        result.warnings.push_back(shown(relative) + " is uploaded: wrangler's ignore rules " +
                                  "skip it elsewhere, but not beneath a dot-directory");
        break;
      case BuiltinMatch::none:
        break;
    }
    if (options_.ignore != nullptr && options_.ignore->ignored(relative, directory)) {
      ++result.ignored;
      return {};
    }
    if (directory) return walk_directory(source, relative);
    if (!S_ISREG(info.st_mode))
      return config(shown(relative) + ": not a regular file (a socket, FIFO or device)");
    std::error_code ec;
    if (!options_.ignore_file.empty() && fs::equivalent(source, options_.ignore_file, ec))
      return {};
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (size > kMaxAssetSize)
      return config(shown(relative) + ": " + format_size(size) + " (" + std::to_string(size) +
                    " bytes) is over Cloudflare Pages' limit of 25 MiB (" +
                    std::to_string(kMaxAssetSize) + " bytes) per file");
    if (result.files.size() >= options_.max_files)
      return config(options_.display_root + " holds more than " +
                    std::to_string(options_.max_files) + " files, Cloudflare Pages' limit " +
                    "per deployment (stopped counting at " + shown(relative) + ")");
    result.files.push_back({relative, size});
    result.total_bytes += size;
    return {};
  }

  const WalkOptions& options_;
  fs::path root_;
  std::set<std::pair<dev_t, ino_t>> ancestors_;
};

}  // namespace

Result<SiteWalk> walk_site(const WalkOptions& options) {
  std::error_code ec;
  fs::path root = fs::canonical(options.root, ec);
  if (ec || !fs::is_directory(root, ec))
    return make_error(ErrorKind::config,
                      options.display_root + ": not a directory (setting `directory`)");
  for (const char* name : {"_worker.js", "_routes.json"}) {
    if (fs::exists(fs::symlink_status(root / name, ec)))
      return make_error(ErrorKind::config, options.display_root + "/" + name +
                                               ": Pages Functions are not supported by " +
                                               "raxol-deploy (static assets only)");
  }
  Walker walker(options, root);
  RAXOL_TRY(walker.walk_directory(root, ""));
  SiteWalk walk = std::move(walker.result);
  walk.root = root;
  std::sort(walk.files.begin(), walk.files.end(),
            [](const SiteFile& a, const SiteFile& b) { return a.path < b.path; });
  walk.headers = read_small_file(root / "_headers");
  walk.redirects = read_small_file(root / "_redirects");
  if (fs::is_directory(root / "functions", ec))
    walk.warnings.push_back(options.display_root +
                            "/functions is not uploaded (Pages Functions are not built)");
  return walk;
}

}  // namespace raxol::cloudflare_pages
