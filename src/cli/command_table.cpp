#include "cli/command_table.h"

#include "commands/commands.h"

namespace raxol {

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      plan_command(),
      deploy_command(),
      status_command(),
      releases_command(),
      rollback_command(),
      history_command(),
      logs_command(),
      exec_command(),
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
