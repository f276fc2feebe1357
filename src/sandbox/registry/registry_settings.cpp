#include "sandbox/registry/registry_settings.h"

#include "sandbox/kit/settings_reader.h"

namespace raxol::sandbox::registry {

namespace {

using S = RegistrySettings;

const kit::Knobs<S> kKnobs = {
    .integers = {{"token_ttl_seconds", &S::token_ttl_seconds}},
    .nonempty_strings = {{"auth", &S::auth}},
};

}  // namespace

RegistrySettings read_registry_settings(StateFile& settings) {
  return kit::read_knobs(settings, "registry", kKnobs);
}

}  // namespace raxol::sandbox::registry
