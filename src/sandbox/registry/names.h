// The names the distribution spec allows in paths: repository names (path components of
// lower-case letters and digits joined by '.', '_', "__" or dashes, separated by '/') and tags.
// Checked before any name reaches the state, and before an id reaches a file path.
#pragma once

#include <string_view>

namespace raxol::sandbox::registry {

// The spec's `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*`, at
// most 255 characters (its limit for host and name together is the client's to keep).
bool valid_repository_name(std::string_view name);
// `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`.
bool valid_tag(std::string_view tag);

}  // namespace raxol::sandbox::registry
