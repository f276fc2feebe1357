// `raxol-deploy config show [FLY_TOML] [--process-group G]`: the Machines API config each process
// group would get from fly.toml, exactly as a deploy sends it (minus image and release metadata).
#include "commands/commands.h"
#include "core/config_file.h"
#include "render/show.h"

namespace raxol {

namespace {
Status run_show(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto report, show_config_file(context, values.text("fly_toml"),
                                                       values.text("process-group")));
  for (const auto& warning : report.warnings) context.ui.warn(warning);
  // The same document in both modes: it is data, and pretty JSON is how people read it.
  show_document(context.ui, report.document);
  return {};
}
}  // namespace

CommandSpec config_show_command() {
  CommandSpec spec;
  spec.path = {"config", "show"};
  spec.summary = "Print the Fly machine config each process group gets from fly.toml";
  spec.arguments = {
      CommandOption{"fly_toml", OptionType::text, "The fly.toml to read (default: fly.toml)", "FLY_TOML"}
          .with_default("fly.toml")};
  spec.options = {{"process-group", OptionType::text, "Only this process group", "GROUP"}};
  spec.run = run_show;
  return spec;
}

}  // namespace raxol
