// `raxol-deploy config validate [FLY_TOML]`: loads fly.toml, applies flyctl's validation rules and
// says whether a deploy would accept it. Bad input is a config error (exit 2) naming FILE:LINE:COL.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "targets/fly/config/fly_toml_file.h"
#include "targets/fly/config/process_groups.h"

namespace raxol {
namespace {

struct ValidateOptions {
  std::string file = "fly.toml";
};

Status run_validate(Context& context, const ValidateOptions& options) {
  RAXOL_ASSIGN_OR_RETURN(auto loaded, fly::read_fly_toml(context.fs, options.file));
  Diagnostics warnings = loaded.warnings;
  RAXOL_TRY(fly::validate_fly_config(loaded, /*require_app=*/true, warnings));

  auto groups = fly::process_group_names(loaded.config);
  if (context.ui.json_mode()) {
    nlohmann::json document = {{"valid", true},
                               {"file", loaded.file},
                               {"app", loaded.config.app},
                               {"primary_region", loaded.config.primary_region},
                               {"process_groups", groups},
                               {"warnings", fly::diagnostics_json(warnings)}};
    context.ui.print_json(document);
    return {};
  }
  for (const auto& warning : warnings) context.ui.warn(fly::diagnostic_text(warning));
  std::string group_list;
  for (const auto& group : groups) group_list += (group_list.empty() ? "" : ", ") + group;
  context.ui.success(loaded.file + " is valid: app " + loaded.config.app +
                     ", process groups: " + group_list);
  return {};
}

}  // namespace

CommandSpec config_validate_command() {
  return {{"config", "validate"},
          "Check a fly.toml the way a deploy would (types, strategy, process groups, checks)",
          [](CLI::App& app) -> CommandRunner {
            auto options = std::make_shared<ValidateOptions>();
            app.add_option("fly_toml", options->file, "The fly.toml to check (default: fly.toml)")
                ->type_name("FLY_TOML");
            return [options](Context& context) { return run_validate(context, *options); };
          }};
}

}  // namespace raxol
