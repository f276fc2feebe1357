// How missing files are grouped into upload requests (protocol notes §6). wrangler's packing
// (largest first, round-robin over the open buckets, a new bucket when none has room), with a
// smaller byte cap than wrangler's 40 MiB so that a few requests in flight stay within a small
// memory budget: each body exists whole in memory while it is sent (HttpRequest::body).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace raxol::cloudflare_pages {

struct BucketLimits {
  std::uint64_t max_bytes = 4ull * 1024 * 1024;  // raw bytes per request (service: 40 MiB)
  size_t max_files = 2000;                       // files per request (service: 2000)
  size_t initial_buckets = 3;
};

struct Bucket {
  std::vector<size_t> files;  // indices into the sizes given to pack_buckets
  std::uint64_t bytes = 0;
};

// Packs files of the given sizes; a file larger than max_bytes gets a bucket of its own. Empty
// buckets are dropped.
std::vector<Bucket> pack_buckets(const std::vector<std::uint64_t>& sizes,
                                 const BucketLimits& limits);

// Groups buckets (in order) into waves sent together: at most `parallel` buckets and, unless a
// wave holds a single bucket, at most `budget_bytes` raw bytes.
std::vector<std::vector<size_t>> plan_waves(const std::vector<Bucket>& buckets, size_t parallel,
                                            std::uint64_t budget_bytes);

}  // namespace raxol::cloudflare_pages
