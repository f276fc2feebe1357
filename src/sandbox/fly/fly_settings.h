// The knobs of the Fly emulator, read from STATE/settings.json under "fly" on every request
// (kit/settings_reader.h) so that a test or a person can change timings and failure modes of
// a running sandbox. Timings are captured when a transition is scheduled, so changing them
// never rewrites the past.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/state_file.h"

namespace raxol::sandbox::fly {

struct FlySettings {
  int start_ms = 400;                 // created/stopped -> started
  int stop_ms = 200;                  // stopping -> stopped, destroying -> destroyed
  int check_ms = 300;                 // started -> checks passing
  int crash_ms = 200;                 // started -> stopped (exit 1) for crash images
  int release_command_ms = 300;       // how long a release command runs
  int release_command_exit_code = 0;  // its exit code (release-fails images: 1)
  int cert_issue_ms = 1500;           // certificate created -> issued
  int default_lease_ttl = 30;         // seconds, when a lease request names none
  std::optional<int> exec_exit_code;  // overrides every exec's exit code
  std::string default_region = "sjc";
  // Images with special behaviour, as globs of util/glob.h (match with glob_matches_any). In
  // settings.json a `*` matches any run of characters, '/' included: "*:crash*" is read as
  // "**:crash**" (SettingsReader::read_name_globs).
  std::vector<std::string> failing_check_images = {"**:fail-checks**"};
  std::vector<std::string> never_start_images = {"**:never-starts**"};
  std::vector<std::string> crash_images = {"**:crash**"};
  std::vector<std::string> release_fail_images = {"**:release-fails**"};
  std::vector<std::string> launch_fail_images = {"**:launch-fails**"};
  // Accepted tokens and the email of their owner (lease owner, release user).
  std::map<std::string, std::string> tokens = {{"sandbox-fly-token", "you@sandbox.local"}};
};

// The defaults overlaid with settings["fly"]; malformed values keep their default.
FlySettings read_fly_settings(StateFile& settings);

}  // namespace raxol::sandbox::fly
