#include "commands/options.h"

#include <charconv>

#include "util/durations.h"

namespace raxol {

Result<std::chrono::seconds> parse_duration_option(const std::string& flag,
                                                   const std::string& text) {
  long long seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error == std::errc() && end == text.data() + text.size() && seconds > 0)
    return std::chrono::seconds(seconds);
  auto parsed = parse_go_duration(text);
  if (!parsed || parsed->count() <= 0)
    return make_error(ErrorKind::usage, flag + " " + text +
                                            ": expected a duration such as 90s, 2m or 1m30s");
  return std::max(std::chrono::seconds(1), std::chrono::duration_cast<std::chrono::seconds>(*parsed));
}

}  // namespace raxol
