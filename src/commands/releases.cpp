// `raxol-deploy releases [TARGET]`: the recorded releases, newest first.
#include <nlohmann/json.hpp>

#include "commands/commands.h"
#include "core/project.h"
#include "render/results.h"
#include "render/show.h"

namespace raxol {

namespace {
Status run_releases(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  RAXOL_ASSIGN_OR_RETURN(auto spec, select_target(project, values.text("target"), "releases"));
  const bool images = values.flag("image");
  if (images && spec.kind != "fly")
    return make_error(ErrorKind::usage, "--image shows the images of fly releases; " + spec.name +
                                            " is a " + spec.kind + " target");
  RAXOL_ASSIGN_OR_RETURN(auto target, open_target(spec, context));
  RAXOL_ASSIGN_OR_RETURN(auto releases, target->releases());
  nlohmann::json list = nlohmann::json::array();
  for (const auto& release : releases) list.push_back(release_to_json(release));
  show_result(context.ui, {{"target", spec.name}, {"kind", spec.kind}, {"releases", list}},
              [&] { print_releases(context.ui, releases, images); });
  return {};
}
}  // namespace

CommandSpec releases_command() {
  CommandSpec spec;
  spec.path = {"releases"};
  spec.summary = "List a target's releases, newest first (* marks the one serving)";
  spec.arguments = {target_argument()};
  spec.options = {{"image", OptionType::flag,
                   "fly: show each release's image and digest (flyctl's releases --image)"}};
  spec.run = run_releases;
  return spec;
}

}  // namespace raxol
