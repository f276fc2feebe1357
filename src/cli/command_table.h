#pragma once

#include <vector>

#include "commands/command.h"

namespace raxol {

// Every command of the tool, in help order. The one place a new command is registered.
const std::vector<CommandSpec>& command_table();

// One-line summaries of command groups ("config", "sandbox", ...).
const std::vector<std::pair<std::string, std::string>>& command_groups();
// The summary of group `name`, empty when it is no group.
std::string group_summary(const std::string& name);

}  // namespace raxol
