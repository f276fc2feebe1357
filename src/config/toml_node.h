// Words and places for TOML values in error messages, shared by the project file and fly.toml
// readers so both say "expected a string, found an integer at FILE:LINE:COL" the same way.
#pragma once

#include <toml++/toml.h>

#include <string>

#include "raxol/source_location.h"

namespace raxol {

// "a string" ("an empty string"), "an integer", "a floating-point number", "a boolean",
// "an array", "a table", "a date", "a time", "a date-time".
std::string toml_type_phrase(const toml::node& node);

// Where `region` starts in `file`.
SourceLocation toml_location(const toml::source_region& region, const std::string& file);

}  // namespace raxol
