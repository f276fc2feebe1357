// The commands, one function per src/commands/<name>.cpp, registered in src/cli/command_table.cpp.
// (completion and docs generate describe the command line itself and live in src/cli/.)
#pragma once

#include "commands/command.h"
#include "raxol/target.h"

namespace raxol {

CommandSpec version_command();
CommandSpec config_validate_command();
CommandSpec config_show_command();
CommandSpec targets_command();
CommandSpec sandbox_serve_command();
CommandSpec deploy_command();
CommandSpec plan_command();
CommandSpec history_command();
std::vector<CommandSpec> secrets_commands();
std::vector<CommandSpec> certs_commands();
CommandSpec releases_command();
CommandSpec rollback_command();
CommandSpec status_command();
CommandSpec logs_command();
CommandSpec exec_command();
CommandSpec perf_ingest_command();
CommandSpec perf_time_command();
CommandSpec perf_render_command();
CommandSpec perf_check_command();
CommandSpec perf_publish_command();
CommandSpec perf_prune_command();

// Shared by plan and deploy: the named targets (all when none) in deploy order, and their plans.
struct ProjectTargets;
Result<std::vector<TargetSpec>> chosen_targets(const ProjectTargets& project,
                                               const std::vector<std::string>& names,
                                               const std::string& command);
// as_list: {"targets": [...]} under --json even for one target (plan); deploy --dry-run of one
// target prints its plan alone.
Status print_plans(Context& context, const std::vector<TargetSpec>& targets,
                   const DeployRequest& request, bool as_list = true);

}  // namespace raxol
