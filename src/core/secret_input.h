// Reading secret values from the command line without exposing them: NAME=VALUE arguments,
// NAME=- (the value is read from stdin, so it never sits in shell history or argv), and
// dotenv-style files. Every value read is registered with the Redactor at once.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "raxol/context.h"
#include "util/names.h"

namespace raxol {

// Parses NAME=VALUE / NAME=- arguments, then `env_file` (if any). At most one NAME=- (stdin
// holds one value; a trailing newline is removed; 64 KiB at most, as flyctl).
Result<std::map<std::string, std::string>> read_secret_values(Context& context,
                                                              const std::vector<std::string>& args,
                                                              const std::string& env_file);

// NAME=VALUE lines: blank lines and # comments skipped, an `export ` prefix allowed, values in
// '...' or "..." unquoted, """...""" spanning lines. `file` names the source in errors.
Result<std::map<std::string, std::string>> parse_env_file(const std::string& text,
                                                          const std::string& file);

}  // namespace raxol
