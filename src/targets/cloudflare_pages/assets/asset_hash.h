// The asset key Cloudflare Pages expects (protocol notes §3): BLAKE3 over the base64 of the
// file's bytes followed by its extension, first 16 bytes in lower-case hex. The service cannot
// recompute it (the extension is not uploaded), so it must be exactly wrangler's.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "raxol/result.h"

namespace raxol::cloudflare_pages {

// Lower-case hex of the first `bytes` bytes of BLAKE3(`input`) (extendable output).
std::string blake3_hex(std::string_view input, size_t bytes = 32);

// The key of a file holding `contents` whose extension (node_extension) is `extension`.
std::string asset_hash(std::string_view contents, std::string_view extension);

struct FileHash {
  std::string hash;
  std::uint64_t size = 0;  // bytes read (the file may have changed since it was listed)
};

// Streams the file through base64 into BLAKE3 in 48 KiB pieces: memory does not grow with the
// file. `on_bytes` (optional) is told how many bytes each piece held, for progress.
Result<FileHash> hash_file(const std::filesystem::path& path, std::string_view extension,
                           const std::function<void(std::uint64_t)>& on_bytes = {});

}  // namespace raxol::cloudflare_pages
