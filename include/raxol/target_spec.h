// A deploy target as configuration describes it: where it came from and its settings. Produced
// by the project file (raxol-deploy.toml) or by discovery (fly.toml, .github/workflows); turned
// into a live Target by the registry (src/targets/registry.cpp).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/source_location.h"

namespace raxol {

// Where a setting was written: its key, and its value (errors about a value point at it).
struct SettingSource {
  SourceLocation key;
  SourceLocation value;
};

struct TargetSpec {
  std::string name;              // what the command line calls it: "fly", "pages", "gh-pages"
  std::string kind;              // "fly" | "cloudflare-pages" | "github-pages"
  SourceLocation source;         // the file:line it was declared or discovered at
  std::string origin;            // "project" | "fly.toml" | "workflow"
  // Kind-specific keys as written (see docs/configuration.md); checked against the kind's
  // declared settings by src/targets/kit/settings.h, which also fills in the defaults.
  nlohmann::json settings = nlohmann::json::object();
  // Where each key of `settings` (and "kind", and list items as "key[1]") was written; keys not
  // listed were found at `source` (discovery reports whole steps).
  std::map<std::string, SettingSource> setting_sources;
  std::vector<std::string> needs;  // targets that must deploy first
  bool optional = false;           // a failure warns and the deploy of the others goes on
  // For discovered targets: workflow file, job, step, triggers and `if:` guards.
  nlohmann::json discovery = nlohmann::json::object();
};

}  // namespace raxol
