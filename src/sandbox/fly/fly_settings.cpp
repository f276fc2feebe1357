#include "sandbox/fly/fly_settings.h"

#include "sandbox/kit/settings_reader.h"

namespace raxol::sandbox::fly {

namespace {

using S = FlySettings;

const kit::Knobs<S> kKnobs = {
    .integers = {{"start_ms", &S::start_ms},
                 {"stop_ms", &S::stop_ms},
                 {"check_ms", &S::check_ms},
                 {"crash_ms", &S::crash_ms},
                 {"release_command_ms", &S::release_command_ms},
                 {"release_command_exit_code", &S::release_command_exit_code},
                 {"cert_issue_ms", &S::cert_issue_ms},
                 {"default_lease_ttl", &S::default_lease_ttl}},
    .optional_integers = {{"exec_exit_code", &S::exec_exit_code}},
    .strings = {{"default_region", &S::default_region}},
    .name_globs = {{"failing_check_images", &S::failing_check_images},
                   {"never_start_images", &S::never_start_images},
                   {"crash_images", &S::crash_images},
                   {"release_fail_images", &S::release_fail_images},
                   {"launch_fail_images", &S::launch_fail_images}},
    .maps = {{"tokens", &S::tokens, "you@sandbox.local"}},
};

}  // namespace

FlySettings read_fly_settings(StateFile& settings) {
  return kit::read_knobs(settings, "fly", kKnobs);
}

}  // namespace raxol::sandbox::fly
