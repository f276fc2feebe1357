// Shell completion scripts generated from the command data (describe_cli), printed by
// `raxol-deploy completion bash|zsh|fish`. Target names are completed at run time from
// `raxol-deploy completion --list-targets`, which reads the project like `targets` does.
#pragma once

#include <string>

#include "cli/cli_info.h"

namespace raxol {

// What the shell offers for the value of an option or a positional.
enum class ValueKind { none, choices, targets, files, directories, any };

// One rule for all three shells: choices from IsMember, positionals named target(s) get the
// project's target names, DIR types get directories, FILE-like types and *-file options files.
ValueKind value_kind(const OptionInfo& option);

std::string bash_completion_script(const CliInfo& cli);
std::string zsh_completion_script(const CliInfo& cli);
std::string fish_completion_script(const CliInfo& cli);

}  // namespace raxol
