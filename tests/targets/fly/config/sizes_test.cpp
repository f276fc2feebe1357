// Memory and volume sizes as flyctl reads them (helpers.ParseSize + docker/go-units).
#include "targets/fly/config/sizes.h"

#include <catch2/catch.hpp>

using raxol::fly::parse_memory_mib;
using raxol::fly::parse_volume_gb;

TEST_CASE("fly sizes: memory in MiB with binary suffixes", "[fly][config][sizes]") {
  CHECK(parse_memory_mib("512") == 512);  // a bare integer is already MiB
  CHECK(parse_memory_mib("1gb") == 1024);
  CHECK(parse_memory_mib("1GB") == 1024);
  CHECK(parse_memory_mib("4G") == 4096);
  CHECK(parse_memory_mib("8g") == 8192);
  CHECK(parse_memory_mib("64gb") == 65536);
  CHECK(parse_memory_mib("512mb") == 512);
  CHECK(parse_memory_mib("512MiB") == 512);
  CHECK(parse_memory_mib("1.5gb") == 1536);
  CHECK(parse_memory_mib("2 GB") == 2048);
  CHECK(parse_memory_mib("") == 0);
}

TEST_CASE("fly sizes: malformed memory sizes", "[fly][config][sizes]") {
  CHECK_FALSE(parse_memory_mib("lots"));
  CHECK_FALSE(parse_memory_mib("1xb"));
  CHECK_FALSE(parse_memory_mib("1gbb"));
  CHECK_FALSE(parse_memory_mib("1gx"));
  CHECK_FALSE(parse_memory_mib("-1gb"));
  CHECK_FALSE(parse_memory_mib("gb"));
}

TEST_CASE("fly sizes: volume sizes in GB with decimal suffixes", "[fly][config][sizes]") {
  CHECK(parse_volume_gb("30gb") == 30);
  CHECK(parse_volume_gb("200") == 200);  // a bare integer is already GB
  CHECK(parse_volume_gb("3GB") == 3);
  CHECK(parse_volume_gb("1tb") == 1000);
  CHECK(parse_volume_gb("15Mb") == 0);  // too small to be a volume: validation rejects it
  CHECK(parse_volume_gb("1500mb") == 1);
  CHECK_FALSE(parse_volume_gb("unparseable"));
}
