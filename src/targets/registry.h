// The one explicit list of deploy target kinds. Each kind declares itself in its own folder
// (src/targets/<kind>/<kind>_kind.cpp: settings, credentials, flags, facets, capabilities, its
// factory); adding a kind = one folder, one line in registry.cpp, one emulator, one conformance
// fixture.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "targets/kit/target_kind.h"

namespace raxol {

// Every kind, in the order they are documented and listed.
const std::vector<TargetKind>& target_kinds();

// The kind called `name`, or nullptr.
const TargetKind* find_target_kind(std::string_view name);

// "fly, cloudflare-pages, github-pages", for messages.
std::string target_kind_names();

}  // namespace raxol
