// `raxol-deploy config validate [FLY_TOML]`: loads fly.toml, applies flyctl's validation rules and
// says whether a deploy would accept it. Bad input is a config error (exit 2) naming FILE:LINE:COL.
#include "commands/commands.h"
#include "core/config_file.h"
#include "render/show.h"

namespace raxol {

namespace {
Status run_validate(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto report, validate_config_file(context, values.text("fly_toml")));
  show_result(context.ui, report.document, [&] {
    for (const auto& warning : report.warnings) context.ui.warn(warning);
    context.ui.success(report.summary);
  });
  return {};
}
}  // namespace

CommandSpec config_validate_command() {
  CommandSpec spec;
  spec.path = {"config", "validate"};
  spec.summary = "Check a fly.toml the way a deploy would (types, strategy, process groups, checks)";
  spec.arguments = {
      CommandOption{"fly_toml", OptionType::text, "The fly.toml to check (default: fly.toml)", "FLY_TOML"}
          .with_default("fly.toml")};
  spec.run = run_validate;
  return spec;
}

}  // namespace raxol
