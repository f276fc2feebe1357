// The one explicit list of deploy target kinds. A kind's entry says what it is called, which
// keys it accepts in raxol-deploy.toml (declaratively: the project file is validated against
// them and docs/configuration.md lists the same facts), what the hosting can do, and how to
// build a live Target. Adding a kind = one folder under src/targets/ and one entry here.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol {

class Target;
struct Context;

enum class SettingType { string, boolean, string_list };

// "a string", "a boolean", "an array of strings": the EXPECTED part of config errors.
std::string setting_type_name(SettingType type);

// One key of a target table in raxol-deploy.toml.
struct SettingSpec {
  std::string key;
  SettingType type = SettingType::string;
  bool required = false;
  nlohmann::json default_value;      // null: no default
  std::vector<std::string> choices;  // non-empty: the only accepted values
  std::string description;           // one line, for docs and `config show`
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

// Builds the live Target for a spec of this kind.
using TargetFactory = std::function<Result<std::unique_ptr<Target>>(const TargetSpec&, Context&)>;

struct TargetKind {
  std::string name;          // "fly" | "cloudflare-pages" | "github-pages", as in --json
  std::string short_name;    // names discovered targets: "fly", "pages", "gh-pages"
  std::string display_name;  // "Fly.io", "Cloudflare Pages", "GitHub Pages"
  std::vector<SettingSpec> settings;
  Capabilities capabilities;
  // Set by the target's module (src/targets/<kind>/) when it exists; empty until then, and a
  // caller finding it empty reports the kind as not deployable yet.
  TargetFactory create;
};

// Every kind, in the order they are documented and listed.
const std::vector<TargetKind>& target_kinds();

// The kind called `name`, or nullptr.
const TargetKind* find_target_kind(std::string_view name);

// The setting `key` of `kind`, or nullptr.
const SettingSpec* find_setting(const TargetKind& kind, std::string_view key);

// "fly, cloudflare-pages, github-pages", for messages.
std::string target_kind_names();

}  // namespace raxol
