// The one parser of target settings: a spec's raw settings (raxol-deploy.toml or discovery)
// checked against its kind's SettingSpecs — types, required keys, choices, workflow
// expressions — with FILE:LINE:COL in every error, defaults filled in; and a typed view the
// kinds read their settings through.
#pragma once

#include <string>
#include <vector>

#include "raxol/result.h"
#include "raxol/source_location.h"
#include "raxol/target_spec.h"
#include "targets/kit/target_kind.h"

namespace raxol {

// Checks `spec.settings` against `kind`; on success fills in the declared defaults. Unknown
// keys are warnings in `warnings` (at the key's location). Errors are ErrorKind::config:
// "FILE:LINE:COL: targets.NAME.KEY: expected a boolean, found a string".
Status check_settings(const TargetKind& kind, TargetSpec& spec, Diagnostics& warnings);

// Checked settings, read by type (a key that is not set reads as the empty value).
class Settings {
 public:
  explicit Settings(const TargetSpec& spec) : spec_(&spec) {}

  bool has(const std::string& key) const;  // set in the file or by a default
  std::string text(const std::string& key) const;
  bool boolean(const std::string& key) const;
  std::vector<std::string> list(const std::string& key) const;

  // Where the value of `key` ("exclude[1]" for a list item) was written, and where its key was
  // (the target's own location when not known).
  SourceLocation where(const std::string& key) const;
  SourceLocation key_where(const std::string& key) const;
  // "FILE:LINE:COL: targets.NAME.KEY: PROBLEM" (ErrorKind::config), for checks a kind makes
  // beyond the declared type (a path that leaves the project, an author without <email>).
  Error error(const std::string& key, const std::string& problem) const;

  const TargetSpec& spec() const { return *spec_; }

 private:
  const TargetSpec* spec_;
};

}  // namespace raxol
