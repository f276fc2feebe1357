#include "cli/command_table.h"

#include "commands/commands.h"

namespace raxol {

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      config_show_command(),
      config_validate_command(),
      sandbox_serve_command(),
      targets_command(),
      version_command(),
  };
  return table;
}

const std::vector<std::pair<std::string, std::string>>& command_groups() {
  static const std::vector<std::pair<std::string, std::string>> groups = {
      {"config", "Check and show configuration (fly.toml, project file)"},
      {"sandbox", "Loopback emulators of Fly.io, Cloudflare Pages and GitHub"},
  };
  return groups;
}

}  // namespace raxol
