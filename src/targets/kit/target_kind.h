// What a target kind declares about itself, in one place (src/targets/<kind>/<kind>_kind.cpp):
// its names, its settings in raxol-deploy.toml, the credential variables it reads, the deploy
// and rollback flags it takes, its facets, what the hosting can do, and how to build a live
// Target. src/targets/registry.cpp lists the kinds; nothing else knows them all.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/options.h"
#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol {

class Target;
class Settings;
struct Context;

enum class SettingType { string, boolean, string_list };

// One key of a target table in raxol-deploy.toml.
struct SettingSpec {
  std::string key;
  SettingType type = SettingType::string;
  bool required = false;
  nlohmann::json default_value;      // null: no default
  std::vector<std::string> choices;  // non-empty: the only accepted values
  std::string description;           // one line, for docs and `targets`
};

// One fact of the comparison table: whether the platform offers it, and the detail that
// makes the answer honest ("only through Pages Functions").
struct Capability {
  bool supported = false;
  std::string detail;
};

struct Capabilities {
  std::string primary_use;
  Capability backend_processing;
  Capability websockets;
  Capability custom_domain;
  Capability autoscaling;
  std::string deploy_method;
  Capability https;
};

enum class Facet { secrets, certificates, logs, exec };

// Builds the live Target for a spec of this kind; `settings` are already checked.
using TargetFactory =
    std::function<Result<std::unique_ptr<Target>>(const TargetSpec&, const Settings&, Context&)>;

struct TargetKind {
  std::string name;          // "fly" | "cloudflare-pages" | "github-pages", as in --json
  std::string short_name;    // names discovered targets: "fly", "pages", "gh-pages"
  std::string display_name;  // "Fly.io", "Cloudflare Pages", "GitHub Pages"
  std::vector<SettingSpec> settings;
  // Environment variables whose values are credentials (redacted from every output).
  std::vector<std::string> credential_variables;
  // Flags of `deploy` and `rollback` that only this kind takes (--image, --strategy...).
  std::vector<OptionSpec> deploy_options;
  std::vector<OptionSpec> rollback_options;
  std::vector<Facet> facets;  // the facets its Target returns non-null
  Capabilities capabilities;
  TargetFactory create;
};

// The setting `key` of `kind`, or nullptr.
const SettingSpec* find_setting(const TargetKind& kind, std::string_view key);

}  // namespace raxol
