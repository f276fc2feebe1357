// `config show` and `config validate` for fly.toml, reached from the commands through core/
// (core/config_file.h) and the kind's ConfigFileHooks, so no command includes Fly's parser.
#include "targets/fly/config/config_file_hooks.h"

#include <algorithm>

#include "raxol/context.h"
#include "targets/fly/config/fly_toml_file.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/config/process_groups.h"
#include "util/strings.h"

namespace raxol::fly {

namespace {

std::vector<std::string> warning_lines(const Diagnostics& warnings) {
  std::vector<std::string> lines;
  for (const auto& warning : warnings) lines.push_back(diagnostic_text(warning));
  return lines;
}

Result<ConfigFileReport> show(Context& context, const std::string& file, const std::string& only) {
  RAXOL_ASSIGN_OR_RETURN(auto loaded, read_fly_toml(context.fs, file));
  Diagnostics warnings = loaded.warnings;
  RAXOL_TRY(validate_fly_config(loaded, /*require_app=*/false, warnings));
  auto groups = process_group_names(loaded.config);
  if (!only.empty() && std::find(groups.begin(), groups.end(), only) == groups.end())
    return make_error(ErrorKind::usage, "--process-group " + only + ": no such process group in " +
                                            loaded.file + " (defined: " + join(groups, ", ") + ")");
  ConversionOptions conversion;
  conversion.tool_version = std::string("raxol-deploy/") + RAXOL_VERSION;
  nlohmann::json configs = nlohmann::json::object();
  for (const auto& group : groups) {
    if (!only.empty() && group != only) continue;
    RAXOL_ASSIGN_OR_RETURN(configs[group], to_machine_config(loaded.config, group, conversion));
  }
  ConfigFileReport report;
  report.file = loaded.file;
  report.warnings = warning_lines(warnings);
  report.document = {{"app", loaded.config.app},
                     {"primary_region", loaded.config.primary_region},
                     {"file", loaded.file},
                     {"process_groups", configs}};
  return report;
}

Result<ConfigFileReport> validate(Context& context, const std::string& file) {
  RAXOL_ASSIGN_OR_RETURN(auto loaded, read_fly_toml(context.fs, file));
  Diagnostics warnings = loaded.warnings;
  RAXOL_TRY(validate_fly_config(loaded, /*require_app=*/true, warnings));
  auto groups = process_group_names(loaded.config);
  ConfigFileReport report;
  report.file = loaded.file;
  report.warnings = warning_lines(warnings);
  report.document = {{"valid", true},
                     {"file", loaded.file},
                     {"app", loaded.config.app},
                     {"primary_region", loaded.config.primary_region},
                     {"process_groups", groups},
                     {"warnings", diagnostics_json(warnings)}};
  report.summary = loaded.file + " is valid: app " + loaded.config.app +
                   ", process groups: " + join(groups, ", ");
  return report;
}

}  // namespace

ConfigFileHooks config_file_hooks() { return {show, validate}; }

}  // namespace raxol::fly
