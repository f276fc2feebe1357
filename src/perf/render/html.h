// The page frame every dashboard page shares: escaping, the head (CSP that forbids loading
// anything, viewport for phones, the one inline style sheet with its dark variant) and the end.
#pragma once

#include <string>
#include <string_view>

namespace raxol::perf::render {

// & < > " ' as entities: safe in text and in quoted attributes alike.
std::string escape(std::string_view text);

// Everything up to and including <body>. `title` is escaped here.
std::string page_start(std::string_view title);
std::string page_end();

// The CSP the pages carry (tests check for it verbatim).
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

}  // namespace raxol::perf::render
