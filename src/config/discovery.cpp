#include "config/discovery.h"

#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "config/project_file.h"
#include "config/workflows/deploy_steps.h"

namespace raxol {
namespace {

namespace fs = std::filesystem;

constexpr const char* kWorkflowsDir = ".github/workflows";

// fly.toml's own target. Only `app` is read: the Fly module owns the rest of the file.
TargetSpec fly_toml_target(const FileSystem& files, const fs::path& dir,
                           std::vector<std::string>& warnings) {
  TargetSpec target;
  target.kind = "fly";
  target.source = SourceLocation{"fly.toml", 1, 1};
  target.origin = "fly.toml";
  target.settings["config"] = "fly.toml";
  auto text = files.read_file(dir / "fly.toml");
  if (!text.ok()) {
    warnings.push_back(text.error().message);
    return target;
  }
  try {
    const toml::table root = toml::parse(text.value(), std::string("fly.toml"));
    if (auto app = root["app"].value<std::string>(); app && !app->empty())
      target.settings["app"] = *app;
  } catch (const toml::parse_error& e) {
    warnings.push_back(SourceLocation{"fly.toml", static_cast<int>(e.source().begin.line),
                                      static_cast<int>(e.source().begin.column)}
                           .to_string() +
                       ": malformed TOML: " + std::string(e.description()));
  }
  return target;
}

// A discovered target and, for ordering, the jobs of its workflow that run before its own.
struct Found {
  TargetSpec spec;
  std::vector<std::string> after_jobs;
};

bool is_workflow_file(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yml" || extension == ".yaml";
}

std::vector<Found> workflow_targets(const FileSystem& files, const fs::path& dir,
                                    std::vector<std::string>& warnings) {
  std::vector<Found> targets;
  if (!files.is_directory(dir / kWorkflowsDir)) return targets;
  auto entries = files.list_directory(dir / kWorkflowsDir);
  if (!entries.ok()) {
    warnings.push_back(entries.error().message);
    return targets;
  }
  for (const auto& entry : entries.value()) {
    if (!is_workflow_file(entry) || files.is_directory(entry)) continue;
    const std::string label = std::string(kWorkflowsDir) + "/" + entry.filename().string();
    auto text = files.read_file(entry);
    if (!text.ok()) {
      warnings.push_back(label + ": " + text.error().message + "; skipped");
      continue;
    }
    auto loaded = workflows::load_workflow(text.value(), label);
    if (!loaded.ok()) {
      warnings.push_back(loaded.error().message + "; workflow skipped");
      continue;
    }
    for (const auto& diagnostic : loaded->diagnostics)
      warnings.push_back(diagnostic_line(diagnostic));
    for (auto& step : workflows::find_deploy_steps(loaded->workflow)) {
      TargetSpec target;
      target.kind = step.kind;
      target.source = step.where;
      target.origin = "workflow";
      target.settings = std::move(step.settings);
      target.discovery = std::move(step.discovery);
      targets.push_back({std::move(target), std::move(step.after_jobs)});
    }
  }
  std::stable_sort(targets.begin(), targets.end(), [](const Found& a, const Found& b) {
    return std::tie(a.spec.source.file, a.spec.source.line, a.spec.source.column) <
           std::tie(b.spec.source.file, b.spec.source.line, b.spec.source.column);
  });
  return targets;
}

// A workflow step that deploys fly.toml itself (no --config, or --config fly.toml from the
// directory's root) and no other app is the same target as fly.toml.
bool deploys_same_app(const TargetSpec& fly_toml, const TargetSpec& step) {
  if (step.kind != "fly" || step.settings.value("config", "") != "fly.toml") return false;
  if (!step.settings.contains("app")) return true;
  return fly_toml.settings.contains("app") && fly_toml.settings["app"] == step.settings["app"];
}

void fold_into(Found& fly_toml_found, const Found& step_found) {
  TargetSpec& fly_toml = fly_toml_found.spec;
  const TargetSpec& step = step_found.spec;
  if (fly_toml.discovery.empty()) {
    fly_toml.discovery = step.discovery;
    fly_toml_found.after_jobs = step_found.after_jobs;
  } else {
    fly_toml.discovery["also"].push_back({{"workflow", step.discovery.value("workflow", "")},
                                          {"job", step.discovery.value("job", "")},
                                          {"step_source", step.source.to_string()}});
  }
  for (const char* key : {"image", "strategy"})
    if (step.settings.contains(key) && !fly_toml.settings.contains(key))
      fly_toml.settings[key] = step.settings[key];
}

// A target needs the targets of its workflow whose jobs run before its own job (after_jobs[i]
// for targets[i]): the order CI deploys them in.
void add_workflow_needs(std::vector<TargetSpec>& targets,
                        const std::vector<std::vector<std::string>>& after_jobs) {
  for (size_t i = 0; i < targets.size(); ++i) {
    const std::string workflow = targets[i].discovery.value("workflow", "");
    if (workflow.empty()) continue;
    for (const auto& other : targets) {
      if (other.discovery.value("workflow", "") != workflow) continue;
      const std::string job = other.discovery.value("job", "");
      if (std::find(after_jobs[i].begin(), after_jobs[i].end(), job) != after_jobs[i].end())
        targets[i].needs.push_back(other.name);
    }
  }
}

}  // namespace

std::string diagnostic_line(const Diagnostic& diagnostic) {
  std::string text = diagnostic.where.to_string() + ": ";
  if (!diagnostic.key.empty()) text += diagnostic.key + ": ";
  return text + diagnostic.message;
}

void assign_discovered_names(std::vector<TargetSpec>& targets, const KindShortName& short_name) {
  std::map<std::string, int> seen;
  for (auto& target : targets) {
    const std::string base = short_name(target.kind);
    const int count = ++seen[base];
    target.name = count == 1 ? base : base + "-" + std::to_string(count);
  }
}

Result<ProjectTargets> discover_targets(const FileSystem& files, const fs::path& dir,
                                       const KindShortName& short_name) {
  if (!files.is_directory(dir))
    return make_error(ErrorKind::not_found, dir.string() + ": no such directory");
  ProjectTargets result;
  std::vector<Found> found;
  std::vector<Found> steps = workflow_targets(files, dir, result.warnings);
  if (files.exists(dir / "fly.toml")) {
    Found fly_toml{fly_toml_target(files, dir, result.warnings), {}};
    std::vector<Found> others;
    for (auto& step : steps) {
      if (deploys_same_app(fly_toml.spec, step.spec))
        fold_into(fly_toml, step);
      else
        others.push_back(std::move(step));
    }
    steps = std::move(others);
    found.push_back(std::move(fly_toml));
  }
  for (auto& step : steps) found.push_back(std::move(step));
  std::vector<std::vector<std::string>> after_jobs;
  for (auto& target : found) {
    result.targets.push_back(std::move(target.spec));
    after_jobs.push_back(std::move(target.after_jobs));
  }
  assign_discovered_names(result.targets, short_name);
  add_workflow_needs(result.targets, after_jobs);
  return result;
}

Result<ProjectTargets> project_targets(const FileSystem& files, const fs::path& config_file,
                                       const KindShortName& short_name) {
  const fs::path path = chosen_project_file(files, config_file);
  if (path.empty()) return discover_targets(files, ".", short_name);
  auto project = load_project_file(files, path);
  if (!project.ok()) return project.error();
  ProjectTargets result;
  result.targets = std::move(project->targets);
  for (const auto& diagnostic : project->diagnostics)
    result.warnings.push_back(diagnostic_line(diagnostic));
  result.project_file = path.string();
  return result;
}

}  // namespace raxol
