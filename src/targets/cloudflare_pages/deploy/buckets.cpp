#include "targets/cloudflare_pages/deploy/buckets.h"

#include <algorithm>
#include <numeric>

namespace raxol::cloudflare_pages {

std::vector<Bucket> pack_buckets(const std::vector<std::uint64_t>& sizes,
                                 const BucketLimits& limits) {
  std::vector<size_t> order(sizes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  std::vector<Bucket> buckets(std::max<size_t>(limits.initial_buckets, 1));
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t file = order[k];
    bool placed = false;
    for (size_t i = 0; i < buckets.size() && !placed; ++i) {
      Bucket& bucket = buckets[(k + i) % buckets.size()];
      if (limits.max_bytes - std::min(bucket.bytes, limits.max_bytes) >= sizes[file] &&
          bucket.files.size() < limits.max_files) {
        bucket.files.push_back(file);
        bucket.bytes += sizes[file];
        placed = true;
      }
    }
    if (!placed) buckets.push_back(Bucket{{file}, sizes[file]});
  }
  buckets.erase(std::remove_if(buckets.begin(), buckets.end(),
                               [](const Bucket& bucket) { return bucket.files.empty(); }),
                buckets.end());
  return buckets;
}

std::vector<std::vector<size_t>> plan_waves(const std::vector<Bucket>& buckets, size_t parallel,
                                            std::uint64_t budget_bytes) {
  std::vector<std::vector<size_t>> waves;
  std::vector<size_t> wave;
  std::uint64_t bytes = 0;
  for (size_t i = 0; i < buckets.size(); ++i) {
    const bool full = wave.size() >= std::max<size_t>(parallel, 1) ||
                      (!wave.empty() && bytes + buckets[i].bytes > budget_bytes);
    if (full) {
      waves.push_back(std::move(wave));
      wave.clear();
      bytes = 0;
    }
    wave.push_back(i);
    bytes += buckets[i].bytes;
  }
  if (!wave.empty()) waves.push_back(std::move(wave));
  return waves;
}

}  // namespace raxol::cloudflare_pages
