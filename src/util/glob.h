// The one glob matcher (fault rules, emulator settings, domain patterns). Time is linear in the
// text for a given pattern (a set of pattern positions is advanced per character), so no
// pattern can make a match backtrack exponentially.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace raxol {

// `*` matches any run of characters other than '/', `**` any run including '/', `?` one
// character other than '/'; everything else matches itself.
bool glob_matches(std::string_view pattern, std::string_view text);
// Whether any of `patterns` matches `text`.
bool glob_matches_any(const std::vector<std::string>& patterns, std::string_view text);

}  // namespace raxol
