// `raxol-deploy version` (and the global --version before any command, src/cli/argv_check.cpp).
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "render/show.h"

namespace raxol {

CommandSpec version_command() {
  CommandSpec spec;
  spec.path = {"version"};
  spec.summary = "Print the version of raxol-deploy";
  spec.run = [](Context& context, const OptionValues&, AuditFacts&) -> Status {
    show_result(context.ui, {{"name", "raxol-deploy"}, {"version", RAXOL_VERSION}},
                [&] { context.ui.print_text(std::string("raxol-deploy ") + RAXOL_VERSION); });
    return {};
  };
  return spec;
}

}  // namespace raxol
