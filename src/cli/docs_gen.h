// Generated documentation: docs/commands/*.md and docs/raxol-deploy.1, rendered from the
// command data (cli/cli_info.h) plus the hand-written examples (cli/command_examples.h).
// `raxol-deploy docs generate --out docs` writes them; scripts/gen-docs.sh runs it.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_info.h"
#include "commands/command.h"

namespace raxol {

struct GeneratedFile {
  std::string path;  // relative to the docs directory: "commands/deploy.md", "raxol-deploy.1"
  std::string content;
};

// Facts the tree does not hold, shared by the Markdown and roff renderers.
struct ExitCodeInfo {
  int code;
  std::string meaning;
  std::vector<std::string> kinds;  // error kinds mapped to it by exit_code_for()
};
std::vector<ExitCodeInfo> exit_code_table();
const ExitCodeInfo& exit_code_info(int code);  // the common codes a command doc lists
std::vector<int> common_exit_codes();          // 0, 1, 2, 3, 130: every command can end so

struct EnvironmentVariable {
  std::string name;
  std::string meaning;
};
// Credential variables (credential_variables(), redacted) first, then the others read.
std::vector<EnvironmentVariable> environment_variables();

// "secrets-set.md" for {"secrets", "set"}.
std::string command_doc_file(const CommandInfo& command);

std::vector<GeneratedFile> markdown_docs(const CliInfo& cli);
std::string man_page(const CliInfo& cli);
// Every generated file: commands/*.md, commands/README.md and raxol-deploy.1.
std::vector<GeneratedFile> generated_docs(const CliInfo& cli);

CommandSpec completion_command();
CommandSpec docs_generate_command();
// Both: the commands that describe the command line itself (registered in command_table.cpp).
std::vector<CommandSpec> reference_commands();

}  // namespace raxol
