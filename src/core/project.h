// From the working directory to live targets: the project's target specs (project file or
// discovery), the ones a command names, and the Target objects the registry builds for them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "config/discovery.h"
#include "raxol/context.h"
#include "raxol/target.h"

namespace raxol {

// The project's targets; warnings found while reading are passed to the Ui.
Result<ProjectTargets> load_project(Context& context);

// The target called `name`, or — when `name` is empty — the only target. A usage error lists
// the names when the choice is ambiguous or unknown.
Result<TargetSpec> select_target(const ProjectTargets& project, const std::string& name,
                                 const std::string& command);

// Builds the live target through the registry.
Result<std::unique_ptr<Target>> open_target(const TargetSpec& spec, Context& context);

}  // namespace raxol
