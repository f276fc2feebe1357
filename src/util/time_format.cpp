#include "util/time_format.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace raxol {

std::string format_rfc3339(std::chrono::system_clock::time_point when, TimePrecision precision) {
  const auto since_epoch = when.time_since_epoch();
  auto seconds = std::chrono::floor<std::chrono::seconds>(since_epoch);
  const auto fraction = std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch - seconds);
  const std::chrono::sys_seconds whole{seconds};
  const std::string base = fmt::format("{:%Y-%m-%dT%H:%M:%S}", whole);
  switch (precision) {
    case TimePrecision::seconds:
      return base + "Z";
    case TimePrecision::milliseconds:
      return fmt::format("{}.{:03}Z", base, fraction.count() / 1'000'000);
    case TimePrecision::nanoseconds:
      return fmt::format("{}.{:09}Z", base, fraction.count());
  }
  return base + "Z";
}

std::string format_rfc3339_ms(std::int64_t ms, TimePrecision precision) {
  return format_rfc3339(std::chrono::system_clock::time_point(std::chrono::milliseconds(ms)),
                        precision);
}

std::int64_t epoch_ms(std::chrono::system_clock::time_point when) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
}

}  // namespace raxol
