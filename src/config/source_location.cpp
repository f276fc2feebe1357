#include "raxol/source_location.h"

namespace raxol {

std::string SourceLocation::to_string() const {
  std::string text = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    text += ":" + std::to_string(line);
    if (column > 0) text += ":" + std::to_string(column);
  }
  return text;
}

std::string Diagnostic::to_string() const {
  std::string text = where.to_string() + ": warning: ";
  if (!key.empty()) text += key + ": ";
  return text + message;
}

Error config_error(const SourceLocation& where, const std::string& key, const std::string& expected,
                   const std::string& found) {
  return config_error_message(where, key, "expected " + expected + ", found " + found);
}

Error config_error_message(const SourceLocation& where, const std::string& key,
                           const std::string& message) {
  std::string text = where.to_string() + ": ";
  if (!key.empty()) text += key + ": ";
  return make_error(ErrorKind::config, text + message);
}

}  // namespace raxol
