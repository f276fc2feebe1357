#include "perf/render/units.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>

#include "perf/run.h"
#include "util/strings.h"

namespace raxol::perf::render {

namespace {

struct Step {
  double divisor;
  const char* label;
};

template <size_t N>
Scale pick(const Step (&steps)[N], double magnitude) {
  size_t chosen = 0;
  for (size_t i = 0; i < N; ++i)
    if (std::fabs(magnitude) >= steps[i].divisor) chosen = i;
  return {steps[chosen].divisor, steps[chosen].label};
}

// std::to_chars: locale-independent and the same bytes on every run (deterministic pages).
std::string fixed(double value, int decimals) {
  char text[64];
  auto result = std::to_chars(std::begin(text), std::end(text), value, std::chars_format::fixed,
                              decimals);
  std::string out(text, result.ptr);
  return out == "-0" || out == "-0.0" || out == "-0.00" ? out.substr(1) : out;
}

}  // namespace

Scale scale_for(const std::string& unit, double magnitude) {
  static const Step time[] = {{1, "ns"}, {1e3, "µs"}, {1e6, "ms"}, {1e9, "s"}};
  static const Step bytes[] = {{1, "B"}, {1024.0, "KiB"}, {1024.0 * 1024, "MiB"},
                               {1024.0 * 1024 * 1024, "GiB"}};
  static const Step ops[] = {{1, "ops/s"}, {1e3, "k ops/s"}, {1e6, "M ops/s"}, {1e9, "G ops/s"}};
  static const Step count[] = {{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "G"}};
  if (unit == kUnitNanoseconds) return pick(time, magnitude);
  if (unit == kUnitBytes) return pick(bytes, magnitude);
  if (unit == kUnitOpsPerSecond) return pick(ops, magnitude);
  if (unit == kUnitCount) return pick(count, magnitude);
  return {1, unit};
}

std::string format_number(double value) {
  const double magnitude = std::fabs(value);
  if (magnitude >= 100 || magnitude == 0) return fixed(value, 0);
  if (magnitude >= 10) return fixed(value, 1);
  if (magnitude >= 1) return fixed(value, 2);
  return fixed(value, 3);
}

std::string format_value(const std::string& unit, double value) {
  if (unit == kUnitBytes && value >= 0)
    return format_bytes(static_cast<std::uint64_t>(std::llround(value)));
  const Scale scale = scale_for(unit, value);
  const std::string number = format_number(value / scale.divisor);
  return scale.label.empty() ? number : number + " " + scale.label;
}

std::string format_change(double fraction) {
  const std::string number = fixed(fraction * 100, 1);
  return (fraction >= 0 && number[0] != '-' ? "+" : "") + number + " %";
}

std::string coord(double value) { return fixed(value, 1); }

}  // namespace raxol::perf::render
