// Parses the body of POST /pages/assets/upload: a JSON array of {"key", "value", "metadata":
// {"contentType"}, "base64"}. A small dedicated scanner instead of a DOM parser, because
// bodies reach ~56 MB (a full wrangler bucket) and the emulator's parsing time is part of what
// the benchmark measures for both tools: base64 values are sliced out of the body in place.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace raxol::sandbox::cloudflare_pages {

struct UploadItem {
  std::string_view key;
  std::string_view value;  // as sent (base64 text when `base64`)
  std::string_view content_type;
  bool base64 = false;
};

struct UploadBody {
  std::vector<UploadItem> items;
  std::deque<std::string> unescaped;  // storage for strings that held JSON escapes
};

// False (with `error` set) when the body is not such an array. Values stay base64 text:
// util/base64.h decodes them.
bool parse_upload_body(std::string_view body, UploadBody& out, std::string& error);

}  // namespace raxol::sandbox::cloudflare_pages
