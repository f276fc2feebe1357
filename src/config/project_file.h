// raxol-deploy.toml: the project's named targets, their dependencies and order. When the file
// exists it replaces discovery entirely, so what deploys is exactly what it says.
// docs/configuration.md documents every key; the kind-specific keys are checked against the
// target registry by src/core/project.cpp, not here (config/ knows no kinds).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/filesystem.h"
#include "raxol/result.h"
#include "raxol/source_location.h"
#include "raxol/target_spec.h"

namespace raxol {

inline constexpr const char* kProjectFileName = "raxol-deploy.toml";

// The project file a command reads: `config_file` (--config) when given, else
// raxol-deploy.toml in the working directory when there is one, else none (empty).
std::filesystem::path chosen_project_file(const FileSystem& files,
                                          const std::filesystem::path& config_file);

struct ProjectFile {
  // In deploy order: every target after the targets it needs; among targets that are ready
  // together, those listed in `order` first (in that order), then the rest in file order.
  // Kinds and settings are as written: the registry checks them (src/core/project.cpp).
  std::vector<TargetSpec> targets;
  std::vector<std::string> order;  // the top-level `order`, as written
  Diagnostics diagnostics;         // unknown keys, ignored with a warning
};

// Parses and validates `text`; `file` names it in messages. Every error is ErrorKind::config
// and starts with "FILE:LINE:COL: " (a wrong type reads "KEY: expected X, found Y").
Result<ProjectFile> parse_project_file(std::string_view text, const std::string& file);

// Reads `path` through `fs` and parses it, naming it as `path` was given.
Result<ProjectFile> load_project_file(const FileSystem& fs, const std::filesystem::path& path);

}  // namespace raxol
