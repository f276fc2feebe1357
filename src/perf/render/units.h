// Values in readable units: canonical ns, bytes, ops/s and counts scaled so that the number
// has one to three digits before the point. A chart picks one Scale for all its ticks (from
// its largest value), so that its axis reads in one unit.
#pragma once

#include <string>

namespace raxol::perf::render {

struct Scale {
  double divisor = 1;  // canonical value / divisor = shown number
  std::string label;   // "µs", "MiB", "k ops/s"
};

// The largest step of `unit` (ns → µs → ms → s; bytes → KiB → MiB → GiB; ops/s → k → M → G;
// count → k → M → G) that keeps |magnitude| >= 1. Unknown units are shown as they are.
Scale scale_for(const std::string& unit, double magnitude);

// Three significant digits, no exponent, '.' whatever the locale: 1.23, 12.3, 123, 12300.
std::string format_number(double value);

// "3.27 µs", "1.5 MiB" (util's format_bytes for bytes), "12.4 k ops/s".
std::string format_value(const std::string& unit, double value);

// "+12.3 %", "-0.4 %".
std::string format_change(double fraction);

// An SVG coordinate: one decimal, '.' whatever the locale.
std::string coord(double value);

}  // namespace raxol::perf::render
