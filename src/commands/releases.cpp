// `raxol-deploy releases [TARGET]`: the recorded releases, newest first.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "render/results.h"
#include "core/project.h"

namespace raxol {

CommandSpec releases_command() {
  CommandSpec spec;
  spec.path = {"releases"};
  spec.summary = "List a target's releases, newest first (* marks the one serving)";
  spec.define = [](CLI::App& app) -> CommandRunner {
    auto target_name = std::make_shared<std::string>();
    app.add_option("target", *target_name, "Target (fly, pages, gh-pages...)");
    return [target_name](Context& context) -> Status {
      RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
      RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, *target_name, "releases"));
      RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
      RAXOL_ASSIGN_OR_RETURN(auto releases, target->releases());
      if (context.ui.json_mode()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& release : releases) list.push_back(release_to_json(release));
        context.ui.print_json({{"target", spec.name}, {"kind", spec.kind}, {"releases", list}});
      } else {
        print_releases(context.ui, releases);
      }
      return {};
    };
  };
  return spec;
}

}  // namespace raxol
