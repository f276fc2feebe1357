#include "core/project.h"

#include "targets/registry.h"

namespace raxol {

Result<ProjectTargets> load_project(Context& context) {
  RAXOL_ASSIGN_OR_RETURN(ProjectTargets project,
                         project_targets(context.fs, context.options.config_file));
  for (const auto& warning : project.warnings) context.ui.warn(warning);
  return project;
}

namespace {
std::string names_of(const ProjectTargets& project) {
  std::string names;
  for (const auto& target : project.targets) names += (names.empty() ? "" : ", ") + target.name;
  return names;
}
}  // namespace

Result<TargetSpec> select_target(const ProjectTargets& project, const std::string& name,
                                 const std::string& command) {
  if (project.targets.empty()) {
    Error error = make_error(ErrorKind::config, "this project has no deploy targets");
    error.notes.push_back("add a raxol-deploy.toml (docs/configuration.md) or a fly.toml");
    return error;
  }
  if (name.empty()) {
    if (project.targets.size() == 1) return project.targets.front();
    Error error = make_error(ErrorKind::usage, command + ": name a target (" + names_of(project) + ")");
    error.notes.push_back("e.g. raxol-deploy " + command + " " + project.targets.front().name);
    return error;
  }
  for (const auto& target : project.targets)
    if (target.name == name) return target;
  return make_error(ErrorKind::usage, command + ": no target named '" + name +
                                          "'; this project has: " + names_of(project));
}

Result<std::unique_ptr<Target>> open_target(const TargetSpec& spec, Context& context) {
  const TargetKind* kind = find_target_kind(spec.kind);
  if (kind == nullptr)
    return make_error(ErrorKind::config, spec.source.to_string() + ": unknown target kind '" +
                                             spec.kind + "'");
  if (!kind->create)
    return make_error(ErrorKind::unsupported,
                      kind->display_name + " targets cannot be deployed by this version yet");
  return kind->create(spec, context);
}

}  // namespace raxol
