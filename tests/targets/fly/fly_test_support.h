// Helpers for the fly.toml tests: load fixtures and compare our machine configs with flyctl's
// test vectors (tests/fixtures/reference/fly/conversion-cases.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "raxol/result.h"
#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/machine_config.h"

namespace raxol::fly::test {

// One of flyctl's appconfig testdata files; fails the test if it does not load.
LoadedFlyConfig load_reference(const std::string& name);
// fly.toml text named "fly.toml"; fails the test if it does not load.
LoadedFlyConfig parse(const std::string& text);
// The error loading `text` gives; fails the test if it loads.
Error parse_failure(const std::string& text);
// The error validating `text` gives (it must load); fails the test if it is valid.
Error validation_failure(const std::string& text, bool require_app = true);

// A flyctl vector made comparable: autostop booleans become "stop"/"off" (we send the OpenAPI
// string form) and fly_flyctl_version is dropped (each tool writes its own).
nlohmann::json flyctl_vector(const std::string& json_text);
// Our output made comparable the same way.
nlohmann::json comparable(nlohmann::json config);
// to_machine_config that must succeed, made comparable.
nlohmann::json convert(const FlyConfig& config, const std::string& group = "");

ConversionOptions test_options();

}  // namespace raxol::fly::test
