#include "sandbox/cloudflare_pages/upload_body.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace raxol::sandbox::cloudflare_pages {

namespace {

class Scanner {
 public:
  Scanner(std::string_view text, UploadBody& out) : text_(text), out_(out) {}

  bool array() {
    if (!take('[')) return fail("expected a JSON array");
    if (take(']')) return true;
    do {
      UploadItem item;
      if (!object(item)) return false;
      out_.items.push_back(item);
    } while (take(','));
    return take(']') ? end() : fail("expected ',' or ']'");
  }

  std::string error;

 private:
  bool fail(const std::string& message) {
    if (error.empty()) error = message + " at byte " + std::to_string(pos_);
    return false;
  }
  void space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }
  bool take(char c) {
    space();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool end() {
    space();
    return pos_ == text_.size() || fail("trailing characters");
  }

  bool string(std::string_view& value) {
    space();
    if (pos_ >= text_.size() || text_[pos_] != '"') return fail("expected a string");
    const size_t start = ++pos_;
    const char* data = text_.data();
    // Fast path: find the closing quote; only a backslash needs the slow path.
    const void* quote = std::memchr(data + start, '"', text_.size() - start);
    if (quote == nullptr) return fail("unterminated string");
    size_t close = static_cast<const char*>(quote) - data;
    if (std::memchr(data + start, '\\', close - start) == nullptr) {
      value = text_.substr(start, close - start);
      pos_ = close + 1;
      return true;
    }
    // Let nlohmann decode the escapes of this one string.
    size_t scan = start;
    while (scan < text_.size() && text_[scan] != '"') scan += text_[scan] == '\\' ? 2 : 1;
    if (scan >= text_.size()) return fail("unterminated string");
    auto decoded = nlohmann::json::parse(text_.substr(start - 1, scan - start + 2), nullptr, false);
    if (!decoded.is_string()) return fail("bad string escape");
    out_.unescaped.push_back(decoded.get<std::string>());
    value = out_.unescaped.back();
    pos_ = scan + 1;
    return true;
  }

  bool skip_value(int depth = 0) {
    space();
    if (pos_ >= text_.size() || depth > 32) return fail("expected a value");
    char c = text_[pos_];
    std::string_view ignored;
    if (c == '"') return string(ignored);
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      if (take(close)) return true;
      do {
        if (c == '{' && (!string(ignored) || !take(':'))) return fail("expected a key");
        if (!skip_value(depth + 1)) return false;
      } while (take(','));
      return take(close) || fail("unclosed container");
    }
    while (pos_ < text_.size() && std::strchr(",}] \t\r\n", text_[pos_]) == nullptr) ++pos_;
    return true;
  }

  bool literal_bool(bool& value) {
    space();
    if (text_.substr(pos_, 4) == "true") {
      value = true;
      pos_ += 4;
      return true;
    }
    if (text_.substr(pos_, 5) == "false") {
      value = false;
      pos_ += 5;
      return true;
    }
    return skip_value();
  }

  bool metadata(UploadItem& item) {
    if (!take('{')) return skip_value();
    if (take('}')) return true;
    do {
      std::string_view key;
      if (!string(key) || !take(':')) return fail("expected a metadata key");
      if (key == "contentType") {
        if (!string(item.content_type)) return false;
      } else if (!skip_value()) {
        return false;
      }
    } while (take(','));
    return take('}') || fail("unclosed metadata");
  }

  bool object(UploadItem& item) {
    if (!take('{')) return fail("expected an object");
    if (take('}')) return true;
    do {
      std::string_view key;
      if (!string(key) || !take(':')) return fail("expected a key");
      bool ok = key == "key"        ? string(item.key)
                : key == "value"    ? string(item.value)
                : key == "metadata" ? metadata(item)
                : key == "base64"   ? literal_bool(item.base64)
                                    : skip_value();
      if (!ok) return false;
    } while (take(','));
    return take('}') || fail("expected ',' or '}'");
  }

  std::string_view text_;
  UploadBody& out_;
  size_t pos_ = 0;
};

}  // namespace

bool parse_upload_body(std::string_view body, UploadBody& out, std::string& error) {
  Scanner scanner(body, out);
  if (scanner.array()) return true;
  error = scanner.error;
  return false;
}

}  // namespace raxol::sandbox::cloudflare_pages
