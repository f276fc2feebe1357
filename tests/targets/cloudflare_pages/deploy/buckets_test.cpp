#include "targets/cloudflare_pages/deploy/buckets.h"

#include <catch2/catch.hpp>

using namespace raxol::cloudflare_pages;

TEST_CASE("pages buckets: wrangler's packing within our caps", "[pages]") {
  BucketLimits limits;
  limits.max_bytes = 100;
  limits.max_files = 3;
  // 55 small files: three requests of 19/18/18, as wrangler sends them.
  auto small = pack_buckets(std::vector<std::uint64_t>(55, 1), BucketLimits{});
  REQUIRE(small.size() == 3);
  CHECK(small[0].files.size() == 19);
  CHECK(small[1].files.size() == 18);

  auto buckets = pack_buckets({150, 60, 50, 40, 30, 10, 10, 10, 10, 10}, limits);
  size_t files = 0;
  for (const auto& bucket : buckets) {
    files += bucket.files.size();
    CHECK(bucket.files.size() <= 3);
    if (bucket.files.size() > 1) CHECK(bucket.bytes <= 100);
  }
  CHECK(files == 10);
  bool alone = false;  // over the cap: a bucket of its own
  for (const auto& bucket : buckets) alone = alone || bucket.files == std::vector<size_t>{0};
  CHECK(alone);
  CHECK(pack_buckets({}, limits).empty());
}

TEST_CASE("pages buckets: waves stay within the parallel count and the byte budget", "[pages]") {
  std::vector<Bucket> buckets = {{{0}, 90}, {{1}, 90}, {{2}, 90}, {{3}, 10}, {{4}, 300}};
  auto waves = plan_waves(buckets, 3, 200);
  REQUIRE(waves.size() == 3);
  CHECK(waves[0] == std::vector<size_t>{0, 1});
  CHECK(waves[1] == std::vector<size_t>{2, 3});
  CHECK(waves[2] == std::vector<size_t>{4});
}
