#include <nlohmann/json.hpp>

#include "commands/commands.h"

namespace raxol {

CommandSpec version_command() {
  return {{"version"}, "Print the version of raxol-deploy", [](CLI::App&) -> CommandRunner {
            return [](Context& context) -> Status {
              if (context.ui.json_mode())
                context.ui.print_json({{"name", "raxol-deploy"}, {"version", RAXOL_VERSION}});
              else
                context.ui.print_text(std::string("raxol-deploy ") + RAXOL_VERSION);
              return {};
            };
          }};
}

}  // namespace raxol
