// Just enough of the shell to find deploy commands in a `run:` script: logical lines
// (backslash continuations joined), commands split at `&&`, `||`, `;`, `|`, words split with
// quotes removed and `${{ ... }}` kept whole, heredoc bodies skipped, and `cd DIR` followed so
// that relative paths resolve from the right directory. It is not a shell: loops, functions
// and variables are not evaluated.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace raxol::workflows {

struct ShellCommand {
  std::vector<std::string> words;  // leading VAR=value assignments and `then`/`do` removed
  std::string text;                // the command as written, trimmed
  std::string directory;           // where it runs, relative to the workspace ("" = its root)
};

// The simple commands of `script`, which starts in `working_directory` (workspace-relative).
std::vector<ShellCommand> split_shell_script(std::string_view script,
                                             const std::string& working_directory);

// Splits one command line into words the same way (no operators, no heredocs).
std::vector<std::string> split_words(std::string_view line);

// True when `value` holds a GitHub expression (`${{ ... }}`): such values are kept verbatim.
bool is_expression(std::string_view value);

// A workspace-relative path: "./docs/x/" -> "docs/x", "$GITHUB_WORKSPACE/web" -> "web",
// "" -> "". Expressions and absolute paths are returned unchanged (but for the workspace
// prefix).
std::string normalize_path(std::string_view path);

// `path` resolved from `directory` (both workspace-relative), normalised; "." for the root.
std::string join_path(const std::string& directory, const std::string& path);

}  // namespace raxol::workflows
