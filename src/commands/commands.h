// The commands, one function per src/commands/<name>.cpp, registered in src/cli/command_table.cpp.
#pragma once

#include "commands/command.h"

namespace raxol {

CommandSpec version_command();
CommandSpec config_validate_command();
CommandSpec config_show_command();
CommandSpec targets_command();
CommandSpec sandbox_serve_command();
CommandSpec deploy_command();
CommandSpec releases_command();
CommandSpec rollback_command();
CommandSpec status_command();
CommandSpec logs_command();
CommandSpec exec_command();

}  // namespace raxol
