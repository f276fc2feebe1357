// `raxol-deploy config show [FLY_TOML] [--process-group G]`: the Machines API config each process
// group would get from fly.toml, exactly as a deploy sends it (minus image and release metadata).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "targets/fly/config/fly_toml_file.h"
#include "targets/fly/config/machine_config.h"
#include "targets/fly/config/process_groups.h"

namespace raxol {
namespace {

struct ShowOptions {
  std::string file = "fly.toml";
  std::string process_group;
};

Status run_show(Context& context, const ShowOptions& options) {
  RAXOL_ASSIGN_OR_RETURN(auto loaded, fly::read_fly_toml(context.fs, options.file));
  Diagnostics warnings = loaded.warnings;
  RAXOL_TRY(fly::validate_fly_config(loaded, /*require_app=*/false, warnings));
  for (const auto& warning : warnings) context.ui.warn(fly::diagnostic_text(warning));

  auto groups = fly::process_group_names(loaded.config);
  if (!options.process_group.empty() &&
      std::find(groups.begin(), groups.end(), options.process_group) == groups.end()) {
    std::string defined;
    for (const auto& group : groups) defined += (defined.empty() ? "" : ", ") + group;
    return make_error(ErrorKind::usage, "--process-group " + options.process_group +
                                            ": no such process group in " + loaded.file +
                                            " (defined: " + defined + ")");
  }

  fly::ConversionOptions conversion;
  conversion.tool_version = std::string("raxol-deploy/") + RAXOL_VERSION;
  nlohmann::json configs = nlohmann::json::object();
  for (const auto& group : groups) {
    if (!options.process_group.empty() && group != options.process_group) continue;
    RAXOL_ASSIGN_OR_RETURN(configs[group],
                           fly::to_machine_config(loaded.config, group, conversion));
  }
  // The same document in both modes: it is data, and pretty JSON is how people read it.
  context.ui.print_json({{"app", loaded.config.app},
                         {"primary_region", loaded.config.primary_region},
                         {"file", loaded.file},
                         {"process_groups", configs}});
  return {};
}

}  // namespace

CommandSpec config_show_command() {
  return {{"config", "show"},
          "Print the Fly machine config each process group gets from fly.toml",
          [](CLI::App& app) -> CommandRunner {
            auto options = std::make_shared<ShowOptions>();
            app.add_option("fly_toml", options->file, "The fly.toml to read (default: fly.toml)")
                ->type_name("FLY_TOML");
            app.add_option("--process-group", options->process_group, "Only this process group")
                ->type_name("GROUP");
            return [options](Context& context) { return run_show(context, *options); };
          }};
}

}  // namespace raxol
