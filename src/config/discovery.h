// Which targets a project has. With a project file (raxol-deploy.toml, or --config FILE) it
// says; without one they are discovered from fly.toml and the deploy steps of
// .github/workflows, so that an existing project works with no configuration at all.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "raxol/filesystem.h"
#include "raxol/result.h"
#include "raxol/source_location.h"
#include "raxol/target_spec.h"

namespace raxol {

// The short name discovered targets of a kind are called by ("fly", "pages", "gh-pages"):
// the registry's to say, handed in so that config/ knows no kinds.
using KindShortName = std::function<std::string(const std::string& kind)>;

struct ProjectTargets {
  std::vector<TargetSpec> targets;
  std::vector<std::string> warnings;  // "FILE:LINE:COL: KEY: message" lines, for the Ui
  std::string project_file;           // the file they came from; empty when discovered
};

// Targets found in `dir`: fly.toml first, then the deploy steps of
// .github/workflows/*.yml|*.yaml by file name and line. Sources are relative to `dir`. A
// workflow that is not valid YAML is a warning and is skipped. A workflow step deploying the
// fly.toml of `dir` (and the same app) is folded into fly.toml's target. Fails only when `dir`
// is not a readable directory.
Result<ProjectTargets> discover_targets(const FileSystem& fs, const std::filesystem::path& dir,
                                       const KindShortName& short_name);

// The project's targets, from the working directory: `config_file` when given (it must
// exist), else raxol-deploy.toml when present, else discovery. Project-file errors are fatal.
Result<ProjectTargets> project_targets(const FileSystem& fs,
                                       const std::filesystem::path& config_file,
                                       const KindShortName& short_name);

// Names discovered targets after their kind's short name ("fly", "pages", "gh-pages"). When
// several share a kind, the first in list order keeps the plain name and the next ones get
// "-2", "-3"...
void assign_discovered_names(std::vector<TargetSpec>& targets, const KindShortName& short_name);

// "FILE:LINE:COL: KEY: message", the line a Diagnostic is warned with.
std::string diagnostic_line(const Diagnostic& diagnostic);

}  // namespace raxol
