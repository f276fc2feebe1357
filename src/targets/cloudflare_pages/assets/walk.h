// Lists the files of the folder to publish, applying the ignore rules and the service's limits
// before anything is hashed or sent (protocol notes §4, §5). Unlike wrangler it never follows a
// symlink out of the folder, guards against directory cycles, counts while walking and stops
// at the limit, and rejects names that are not UTF-8 (the manifest is JSON).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "raxol/result.h"
#include "targets/cloudflare_pages/assets/ignore_rules.h"

namespace raxol::cloudflare_pages {

// Cloudflare Pages' per-file limit: 25 MiB; a file of exactly that size is allowed.
inline constexpr std::uint64_t kMaxAssetSize = 25ull * 1024 * 1024;
// The most files any upload token allows (max_file_count_allowed, Workers Paid).
inline constexpr size_t kMaxAssetCountCeiling = 100'000;
// The limit when the token says nothing (Free plan).
inline constexpr size_t kDefaultMaxAssetCount = 20'000;

// A file to publish, read at root / path: in-folder symlinks are walked through under their
// own names, so that path always reaches it (no per-file copy of the full path).
struct SiteFile {
  std::string path;  // relative, '/' separators: "css/app.css"
  std::uint64_t size = 0;
};

struct WalkOptions {
  std::filesystem::path root;  // the folder to publish
  std::string display_root;    // how messages name it ("web/priv/static")
  const IgnoreFile* ignore = nullptr;
  std::filesystem::path ignore_file;  // left out when it lies inside the folder
  size_t max_files = kMaxAssetCountCeiling;
};

struct SiteWalk {
  std::filesystem::path root;   // the folder, canonical
  std::vector<SiteFile> files;  // sorted by path
  std::uint64_t total_bytes = 0;
  std::optional<std::string> headers;    // _headers at the root, when present and non-empty
  std::optional<std::string> redirects;  // _redirects likewise
  std::vector<std::string> warnings;     // for the plan: kept paths that look unintended
  size_t ignored = 0;                    // entries left out by the ignore file
};

// Errors are of kind config (exit code 2) and name the path and the limit: a file over 25 MiB,
// more than `max_files` files, a symlink leaving the folder or broken, a directory cycle, a
// special file, a name that is not UTF-8, Pages Functions files (_worker.js, _routes.json).
Result<SiteWalk> walk_site(const WalkOptions& options);

// "26.0 MiB": for messages.
std::string format_size(std::uint64_t bytes);

}  // namespace raxol::cloudflare_pages
