// File extensions and content types exactly as wrangler computes them, because both feed the
// asset key: the hash covers the extension (Node's path.extname rules), and the upload records
// the content type from mime@3 (protocol notes §3, §4.4).
#pragma once

#include <string>
#include <string_view>

namespace raxol::cloudflare_pages {

// Node's `path.extname(name).substring(1)` for the last path segment: "" when the basename has
// no '.', or its only '.' is the first character (".htaccess"), or the basename is ".."; else
// everything after the last '.' (case kept): "a.tar.gz" -> "gz", "file." -> "", "..a" -> "a".
std::string_view node_extension(std::string_view path);

// mime@3 `getType(path) || "application/octet-stream"`: looked up by the lower-cased extension.
std::string content_type_for(std::string_view path);

// The generated table (content_type_table.cpp): "ext=type;" entries.
const char* content_type_table();

}  // namespace raxol::cloudflare_pages
