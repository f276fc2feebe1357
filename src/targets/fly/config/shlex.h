// Splits a command line the way flyctl does (github.com/google/shlex), so that `[processes]`,
// `release_command` and `experimental.cmd` become the same argv on the machine.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "raxol/result.h"

namespace raxol::fly {

// POSIX-like word splitting: blanks separate words, '...' is literal, "..." allows backslash
// escapes, a backslash outside quotes escapes the next character, and '#' at the start of a
// word comments out the rest of the line. Errors (ErrorKind::config, message only) for an
// unterminated quote or a trailing backslash.
Result<std::vector<std::string>> shell_split(std::string_view command);

}  // namespace raxol::fly
