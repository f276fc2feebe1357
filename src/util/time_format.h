// RFC 3339 timestamps in UTC, the one formatter of the code base (fmt's chrono formatting).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace raxol {

enum class TimePrecision { seconds, milliseconds, nanoseconds };

// "2026-11-27T02:46:53Z", "2026-11-27T02:46:53.120Z" or "2026-11-27T02:46:53.120000000Z".
std::string format_rfc3339(std::chrono::system_clock::time_point when,
                           TimePrecision precision = TimePrecision::seconds);
// The same for milliseconds since the Unix epoch (how the emulators keep time).
std::string format_rfc3339_ms(std::int64_t epoch_ms,
                              TimePrecision precision = TimePrecision::seconds);
// Milliseconds since the Unix epoch.
std::int64_t epoch_ms(std::chrono::system_clock::time_point when);

}  // namespace raxol
