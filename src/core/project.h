// From the working directory to live targets: the project's target specs (project file or
// discovery) checked against the registry, the ones a command names, and the Target objects
// the registry builds for them.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "config/discovery.h"
#include "raxol/context.h"
#include "raxol/target.h"

namespace raxol {

// The project's targets; warnings found while reading are passed to the Ui. Targets of the
// project file are checked at once (kind, settings: a config error names FILE:LINE:COL);
// discovered ones when they are opened, since a workflow may hold values only GitHub knows.
Result<ProjectTargets> load_project(Context& context);
// The project file this command reads (--config, else raxol-deploy.toml), or empty.
std::filesystem::path project_file(Context& context);
// The same without showing the warnings (they stay in ProjectTargets::warnings).
Result<ProjectTargets> read_project(Context& context);

// The targets discovery finds in `dir` (no project file is read), for `targets --discover`.
Result<ProjectTargets> discover_project(Context& context, const std::filesystem::path& dir);

// The target called `name`, or — when `name` is empty — the only target. A usage error lists
// the names when the choice is ambiguous or unknown.
Result<TargetSpec> select_target(const ProjectTargets& project, const std::string& name,
                                 const std::string& command);

// Checks a spec's kind and its settings against the registry, filling in defaults; unknown
// keys are warnings ("FILE:LINE:COL: KEY: message" lines).
Status check_target_spec(TargetSpec& spec, std::vector<std::string>& warnings);

// Checks the spec's kind and settings (defaults filled in) and builds the live target.
Result<std::unique_ptr<Target>> open_target(const TargetSpec& spec, Context& context);

}  // namespace raxol
