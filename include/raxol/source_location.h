// Where a configuration value came from, so that every message can say FILE:LINE:COL.
#pragma once

#include <string>
#include <vector>

#include "raxol/result.h"

namespace raxol {

struct SourceLocation {
  std::string file;  // as the user named it (relative paths stay relative)
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown

  // "fly.toml:12:5", "fly.toml:12", or "fly.toml" depending on what is known.
  std::string to_string() const;
};

// A non-fatal finding while reading configuration (an unknown key, a deprecated form).
struct Diagnostic {
  SourceLocation where;
  std::string key;
  std::string message;

  // "fly.toml:3:1: warning: bogus: unknown key, ignored"
  std::string to_string() const;
};
using Diagnostics = std::vector<Diagnostic>;

// The one shape of configuration errors:
// "FILE:LINE:COL: KEY: expected EXPECTED, found FOUND" (ErrorKind::config).
Error config_error(const SourceLocation& where, const std::string& key, const std::string& expected,
                   const std::string& found);

// A configuration error whose text is not of the expected/found kind
// ("FILE:LINE:COL: KEY: MESSAGE").
Error config_error_message(const SourceLocation& where, const std::string& key,
                           const std::string& message);

}  // namespace raxol
