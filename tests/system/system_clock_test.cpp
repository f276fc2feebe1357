// The real Clock (wall time, monotonic time, short real sleeps) and format_rfc3339.
#include <catch2/catch.hpp>

#include "raxol/clock.h"
#include "util/time_format.h"

using namespace std::chrono;
using raxol::format_rfc3339;
using raxol::make_system_clock;

TEST_CASE("system clock: steady time never goes back", "[system][clock]") {
  auto clock = make_system_clock();
  const auto first = clock->steady_now();
  auto previous = first;
  int backwards = 0;
  for (int i = 0; i < 10000; ++i) {
    const auto now = clock->steady_now();
    if (now < previous) ++backwards;
    previous = now;
  }
  CHECK(backwards == 0);
  CHECK(previous > first);  // and it does move
}

TEST_CASE("system clock: wall time is the system's", "[system][clock]") {
  auto clock = make_system_clock();
  const auto before = system_clock::now();
  const auto now = clock->now();
  const auto after = system_clock::now();
  CHECK(now >= before);
  CHECK(now <= after);
}

TEST_CASE("system clock: sleep_for sleeps at least the time asked", "[system][clock]") {
  auto clock = make_system_clock();
  for (auto asked : {milliseconds(5), milliseconds(20)}) {
    const auto started = steady_clock::now();
    clock->sleep_for(asked);
    const auto slept = steady_clock::now() - started;
    CHECK(slept >= asked);
    CHECK(slept < asked + milliseconds(1000));  // generous: CI machines are busy
  }
}

TEST_CASE("system clock: zero and negative sleeps return at once", "[system][clock]") {
  auto clock = make_system_clock();
  const auto started = steady_clock::now();
  clock->sleep_for(milliseconds(0));
  clock->sleep_for(milliseconds(-500));
  CHECK(steady_clock::now() - started < milliseconds(100));
}

TEST_CASE("system clock: RFC 3339 in UTC, whole seconds", "[system][clock]") {
  CHECK(format_rfc3339(system_clock::from_time_t(0)) == "1970-01-01T00:00:00Z");
  const auto new_year = system_clock::from_time_t(1767225600);
  CHECK(format_rfc3339(new_year) == "2026-01-01T00:00:00Z");
  CHECK(format_rfc3339(new_year + milliseconds(999)) == "2026-01-01T00:00:00Z");
  CHECK(format_rfc3339(new_year - seconds(1)) == "2025-12-31T23:59:59Z");
  CHECK(format_rfc3339(system_clock::from_time_t(951782400)) == "2000-02-29T00:00:00Z");
}
