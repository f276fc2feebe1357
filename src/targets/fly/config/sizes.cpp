#include "targets/fly/config/sizes.h"
#include "util/strings.h"

#include <cctype>
#include <charconv>
#include <string>

namespace raxol::fly {

namespace {

// go-units' parseSize: a non-negative number, an optional space, then an optional suffix of the
// form "b", "k", "kb" or "kib" (any case). `base` is 1000 (decimal) or 1024 (binary).
std::optional<double> parse_human_size(std::string_view text, double base) {
  auto separator = text.find_last_of("0123456789. ");
  if (separator == std::string_view::npos) return std::nullopt;
  std::string_view number = text.substr(0, text[separator] == ' ' ? separator : separator + 1);
  std::string suffix(text.substr(separator + 1));

  double size = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), size);
  if (ec != std::errc() || end != number.data() + number.size() || size < 0) return std::nullopt;
  if (suffix.empty()) return size;
  if (suffix.size() > 3) return std::nullopt;
  suffix = lower(suffix);
  if (suffix[0] == 'b') return suffix.size() == 1 ? std::optional<double>(size) : std::nullopt;

  static const std::string_view prefixes = "kmgtp";
  auto power = prefixes.find(suffix[0]);
  if (power == std::string_view::npos) return std::nullopt;
  if (suffix.size() == 2 && suffix[1] != 'b') return std::nullopt;
  if (suffix.size() == 3 && suffix.substr(1) != "ib") return std::nullopt;
  for (std::size_t i = 0; i <= power; ++i) size *= base;
  return size;
}

std::optional<std::int64_t> parse_size(std::string_view text, double base, double unit) {
  if (text.empty()) return 0;
  // A bare integer (strconv.Atoi) is already in the target unit.
  std::int64_t whole = 0;
  const char* first = text.data();
  if (!text.empty() && text.front() == '+') ++first;
  auto [end, ec] = std::from_chars(first, text.data() + text.size(), whole);
  if (ec == std::errc() && end == text.data() + text.size() && first != end) return whole;

  auto bytes = parse_human_size(text, base);
  if (!bytes) return std::nullopt;
  return static_cast<std::int64_t>(static_cast<std::int64_t>(*bytes) /
                                   static_cast<std::int64_t>(unit));
}

}  // namespace

std::optional<std::int64_t> parse_memory_mib(std::string_view text) {
  return parse_size(text, 1024.0, 1024.0 * 1024.0);
}

std::optional<std::int64_t> parse_volume_gb(std::string_view text) {
  return parse_size(text, 1000.0, 1e9);
}

}  // namespace raxol::fly
