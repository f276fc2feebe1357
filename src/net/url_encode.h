// Percent-encoding of one URL path segment or query value (RFC 3986 unreserved characters
// pass through), for every API client.
#pragma once

#include <string>

namespace raxol {

std::string url_encode(const std::string& text);

}  // namespace raxol
