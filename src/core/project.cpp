#include "core/project.h"

#include "config/project_file.h"
#include "targets/kit/settings.h"
#include "targets/registry.h"
#include "util/strings.h"

namespace raxol {

namespace {

std::string short_name_of(const std::string& kind) {
  const TargetKind* found = find_target_kind(kind);
  return found != nullptr ? found->short_name : kind;
}

Result<const TargetKind*> kind_of(const TargetSpec& spec) {
  const std::string key = "targets." + spec.name + ".kind";
  if (spec.kind.empty())
    return config_error_message(spec.source, key,
                                "missing required key (one of " + target_kind_names() + ")");
  const TargetKind* kind = find_target_kind(spec.kind);
  if (kind != nullptr) return kind;
  auto written = spec.setting_sources.find("kind");
  return config_error(written != spec.setting_sources.end() ? written->second.value : spec.source,
                      key, "one of " + target_kind_names(), "\"" + spec.kind + "\"");
}

std::string names_of(const ProjectTargets& project) {
  std::vector<std::string> names;
  for (const auto& target : project.targets) names.push_back(target.name);
  return join(names, ", ");
}

}  // namespace

Status check_target_spec(TargetSpec& spec, std::vector<std::string>& warnings) {
  RAXOL_ASSIGN_OR_RETURN(const TargetKind* kind, kind_of(spec));
  Diagnostics diagnostics;
  RAXOL_TRY(check_settings(*kind, spec, diagnostics));
  for (const auto& diagnostic : diagnostics) warnings.push_back(diagnostic_line(diagnostic));
  return {};
}

Result<ProjectTargets> read_project(Context& context) {
  RAXOL_ASSIGN_OR_RETURN(ProjectTargets project,
                         project_targets(context.fs, context.options.config_file, short_name_of));
  for (auto& spec : project.targets)
    if (spec.origin == "project") RAXOL_TRY(check_target_spec(spec, project.warnings));
  return project;
}

Result<ProjectTargets> load_project(Context& context) {
  RAXOL_ASSIGN_OR_RETURN(ProjectTargets project, read_project(context));
  for (const auto& warning : project.warnings) context.ui.warn(warning);
  return project;
}

Result<ProjectTargets> discover_project(Context& context, const std::filesystem::path& dir) {
  return discover_targets(context.fs, dir, short_name_of);
}

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
  TargetSpec checked = spec;
  std::vector<std::string> warnings;
  RAXOL_TRY(check_target_spec(checked, warnings));
  if (spec.origin != "project")
    for (const auto& warning : warnings) context.ui.debug(warning);
  const TargetKind* kind = find_target_kind(checked.kind);
  return kind->create(checked, Settings(checked), context);
}

std::filesystem::path project_file(Context& context) {
  return chosen_project_file(context.fs, context.options.config_file);
}

}  // namespace raxol
