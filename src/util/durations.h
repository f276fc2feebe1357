// Durations in fly.toml follow Go's time.Duration: flyctl parses them with time.ParseDuration and
// the Machines API receives time.Duration.String(), so both directions must match Go exactly for
// our configs to compare equal to the ones flyctl writes.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace raxol {

using Duration = std::chrono::nanoseconds;

// Go's time.ParseDuration: "10s", "1m30s", "1.5h", "500ms", "2us", "0", with an optional sign.
// nullopt when the text is not a duration or overflows.
std::optional<Duration> parse_go_duration(std::string_view text);

// Go's time.Duration.String(): "10s", "3m0s", "1m21s", "500ms", "1h0m0s", "1.5s", "0s".
std::string format_go_duration(Duration duration);

}  // namespace raxol
