// How a build shows up in a plan and in --json: the plan steps with the builder's exact argv
// (secrets are never in it; the private folder shows as "<private>"), the build as JSON, and
// what was built.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "raxol/target.h"
#include "targets/fly/build/image_build.h"

namespace raxol::fly {

std::vector<PlanStep> build_plan_steps(const ImageBuildSpec& spec);
nlohmann::json build_to_json(const ImageBuildSpec& spec);
// {"image": TAG@DIGEST, "tag", "digest", "size", "builder", "seconds", "pushed"}.
nlohmann::json built_image_json(const BuiltImage& image);

}  // namespace raxol::fly
