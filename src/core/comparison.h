// The capability comparison of a project's targets (as Raxol's deployment document tabulates
// Fly.io, Cloudflare Pages and GitHub Pages), built from what each target kind declares in the
// registry — not from a table written here.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/target_spec.h"

namespace raxol {

// {"features": [...], "targets": {"fly": {"primary_use": ..., "websockets": {supported, detail}}}}
nlohmann::json comparison_json(const std::vector<TargetSpec>& targets);

// Feature rows by target columns, for a table: cells "yes"/"no" or the first clause of a text
// (details are in the JSON).
struct ComparisonGrid {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};
ComparisonGrid comparison_grid(const std::vector<TargetSpec>& targets);

}  // namespace raxol
