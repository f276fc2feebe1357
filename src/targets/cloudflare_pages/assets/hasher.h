// Hashes every file of the site on all cores, streaming each file (bounded memory whatever the
// site's size), and keeps the person at the terminal informed while it runs — wrangler hashes
// on one thread and shows nothing (workers-sdk #10504).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "raxol/cancel.h"
#include "raxol/result.h"
#include "raxol/ui.h"
#include "targets/cloudflare_pages/assets/walk.h"

namespace raxol::cloudflare_pages {

struct Asset {
  std::string path;  // relative, '/' separators; the file is root / path
  std::uint64_t size = 0;
  std::string hash;          // the asset key
  std::string content_type;  // mime@3's type for the name
};

struct HashOptions {
  int threads = 0;                      // 0: one per core (at most 8)
  Progress* progress = nullptr;         // bytes done of total, with "n/m files"
  const CancelToken* cancel = nullptr;  // stops starting new files
};

// The assets of `files` (read at root / path), in their order. The first file that cannot be read
// fails the whole.
Result<std::vector<Asset>> hash_site(const std::filesystem::path& root,
                                     const std::vector<SiteFile>& files,
                                     const HashOptions& options);

}  // namespace raxol::cloudflare_pages
