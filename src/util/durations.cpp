#include "util/durations.h"

#include <cstdint>
#include <limits>
#include <utility>

namespace raxol {

namespace {

constexpr std::uint64_t kMaxDuration = static_cast<std::uint64_t>(1) << 63;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<std::uint64_t> unit_nanoseconds(std::string_view unit) {
  static const std::pair<std::string_view, std::uint64_t> units[] = {
      {"ns", 1},
      {"us", 1'000},
      {"\xc2\xb5s", 1'000},  // U+00B5 micro sign
      {"\xce\xbcs", 1'000},  // U+03BC Greek mu
      {"ms", 1'000'000},
      {"s", 1'000'000'000},
      {"m", 60'000'000'000},
      {"h", 3'600'000'000'000},
  };
  for (const auto& [name, value] : units)
    if (name == unit) return value;
  return std::nullopt;
}

// Appends the fraction of `value` / 10^precision without trailing zeros (Go's fmtFrac), and
// returns the integer part.
std::uint64_t prepend_fraction(std::string& out, std::uint64_t value, int precision) {
  std::string digits;
  bool print = false;
  for (int i = 0; i < precision; ++i) {
    auto digit = static_cast<char>('0' + value % 10);
    print = print || digit != '0';
    if (print) digits.insert(digits.begin(), digit);
    value /= 10;
  }
  if (print) out.insert(0, "." + digits);
  return value;
}

}  // namespace

std::optional<Duration> parse_go_duration(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text == "0") return Duration::zero();
  if (text.empty()) return std::nullopt;

  std::uint64_t total = 0;
  while (!text.empty()) {
    if (!(text.front() == '.' || is_digit(text.front()))) return std::nullopt;
    std::uint64_t whole = 0;
    std::size_t i = 0;
    for (; i < text.size() && is_digit(text[i]); ++i) {
      if (whole > (std::numeric_limits<std::uint64_t>::max() - 9) / 10) return std::nullopt;
      whole = whole * 10 + static_cast<std::uint64_t>(text[i] - '0');
    }
    bool has_whole = i > 0;
    text.remove_prefix(i);

    std::uint64_t fraction = 0;
    double scale = 1;
    bool has_fraction = false;
    if (!text.empty() && text.front() == '.') {
      text.remove_prefix(1);
      std::size_t j = 0;
      bool overflow = false;
      for (; j < text.size() && is_digit(text[j]); ++j) {
        if (overflow) continue;
        if (fraction > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
          overflow = true;  // Go drops digits it cannot hold
          continue;
        }
        fraction = fraction * 10 + static_cast<std::uint64_t>(text[j] - '0');
        scale *= 10;
      }
      has_fraction = j > 0;
      text.remove_prefix(j);
    }
    if (!has_whole && !has_fraction) return std::nullopt;

    std::size_t unit_end = 0;
    while (unit_end < text.size() && text[unit_end] != '.' && !is_digit(text[unit_end])) ++unit_end;
    if (unit_end == 0) return std::nullopt;  // a number without a unit
    auto unit = unit_nanoseconds(text.substr(0, unit_end));
    if (!unit) return std::nullopt;
    text.remove_prefix(unit_end);

    if (whole > kMaxDuration / *unit) return std::nullopt;
    std::uint64_t value = whole * *unit;
    if (fraction > 0) {
      value += static_cast<std::uint64_t>(static_cast<double>(fraction) *
                                          (static_cast<double>(*unit) / scale));
      if (value > kMaxDuration) return std::nullopt;
    }
    total += value;
    if (total > kMaxDuration) return std::nullopt;
  }
  if (negative) {
    if (total == kMaxDuration) return Duration(std::numeric_limits<std::int64_t>::min());
    return Duration(-static_cast<std::int64_t>(total));
  }
  if (total == kMaxDuration) return std::nullopt;
  return Duration(static_cast<std::int64_t>(total));
}

std::string format_go_duration(Duration duration) {
  std::int64_t count = duration.count();
  bool negative = count < 0;
  std::uint64_t value = negative ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(count)
                                 : static_cast<std::uint64_t>(count);
  std::string out;
  if (value < 1'000'000'000) {
    if (value == 0) return "0s";
    int precision = 0;
    if (value < 1'000) {
      out = "ns";
    } else if (value < 1'000'000) {
      out = "\xc2\xb5s";  // Go writes the micro sign
      precision = 3;
    } else {
      out = "ms";
      precision = 6;
    }
    value = prepend_fraction(out, value, precision);
    out.insert(0, std::to_string(value));
  } else {
    out = "s";
    value = prepend_fraction(out, value, 9);
    out.insert(0, std::to_string(value % 60));
    value /= 60;
    if (value > 0) {
      out.insert(0, std::to_string(value % 60) + "m");
      value /= 60;
      if (value > 0) out.insert(0, std::to_string(value) + "h");
    }
  }
  if (negative) out.insert(0, "-");
  return out;
}

}  // namespace raxol
