#include "cli/command_table.h"

#include "cli/docs_gen.h"
#include "commands/commands.h"

namespace raxol {

namespace {
void append(std::vector<CommandSpec>& table, std::vector<CommandSpec> more) {
  table.insert(table.end(), more.begin(), more.end());
}

// In help order: deploy and operate, then secrets and certificates, then configuration and tools.
std::vector<CommandSpec> build_table() {
  std::vector<CommandSpec> table = {
      plan_command(),    deploy_command(),  status_command(), releases_command(),
      rollback_command(), history_command(), logs_command(),   exec_command(),
  };
  append(table, secrets_commands());
  append(table, certs_commands());
  append(table, {perf_ingest_command(), perf_time_command(), perf_render_command(),
                  perf_check_command(), perf_publish_command(),
                  perf_prune_command()});
  append(table, {
                    config_show_command(),
                    config_validate_command(),
                    sandbox_serve_command(),
                    targets_command(),
                    version_command(),
                });
  append(table, reference_commands());
  return table;
}
}  // namespace

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = build_table();
  return table;
}

const std::vector<std::pair<std::string, std::string>>& command_groups() {
  static const std::vector<std::pair<std::string, std::string>> groups = {
      {"config", "Check and show configuration (fly.toml, project file)"},
      {"sandbox", "Loopback emulators of Fly.io, Cloudflare Pages and GitHub"},
      {"secrets", "Secrets of a target: set, list (never values), unset, deploy"},
      {"certs", "Custom domains and certificates of a target"},
      {"perf", "The performance dashboard: store benchmark runs, check them, render their pages"},
  };
  return groups;
}

std::string group_summary(const std::string& name) {
  for (const auto& [group, summary] : command_groups())
    if (group == name) return summary;
  return {};
}

}  // namespace raxol
