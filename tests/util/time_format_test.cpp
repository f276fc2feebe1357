#include <catch2/catch.hpp>

#include "util/time_format.h"

using namespace raxol;

TEST_CASE("RFC 3339 in UTC at three precisions", "[util][time]") {
  const std::int64_t ms = 1764730013120;  // 2025-12-03T02:46:53.120Z
  CHECK(format_rfc3339_ms(ms) == "2025-12-03T02:46:53Z");
  CHECK(format_rfc3339_ms(ms, TimePrecision::milliseconds) == "2025-12-03T02:46:53.120Z");
  CHECK(format_rfc3339_ms(ms, TimePrecision::nanoseconds) == "2025-12-03T02:46:53.120000000Z");
  CHECK(format_rfc3339_ms(0) == "1970-01-01T00:00:00Z");
  const auto point = std::chrono::system_clock::time_point(std::chrono::milliseconds(ms));
  CHECK(epoch_ms(point) == ms);
  CHECK(format_rfc3339(point) == "2025-12-03T02:46:53Z");
}
