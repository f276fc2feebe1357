// The global flags (--json, -v, -C DIR, --config, --sandbox, --yes, --help, --version), declared
// as data like every command's options: the parser binds them, the argv check knows which take
// a value, and the docs and completion scripts list them.
#pragma once

#include <string>
#include <vector>

#include "raxol/context.h"
#include "commands/command.h"

namespace raxol {

// The first line of --help and of the man page.
std::string program_description();

// In help order: --help, --version, then the others.
const std::vector<CommandOption>& global_option_specs();

// The global flags a command line set (values of global_option_specs()).
GlobalOptions global_options_from(const OptionValues& values);

}  // namespace raxol
