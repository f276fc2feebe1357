// yaml-cpp helpers shared by the workflow loader and the trigger reader. Only files in this
// folder include yaml-cpp; everything they hand out is a plain struct from workflow.h.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <vector>

#include "config/workflows/workflow.h"

namespace raxol::workflows {

// The node's position, 1-based (yaml-cpp counts from 0). Line 0 when yaml-cpp has no mark.
SourceLocation location_of(const YAML::Node& node, const std::string& file);

// "a string", "a list", "a mapping" or "nothing", for diagnostics.
std::string describe(const YAML::Node& node);

// A scalar's text ("true" for a boolean); empty for null. False (and no change) for lists and
// mappings.
bool scalar_text(const YAML::Node& node, std::string& text);

// A scalar or a list of scalars, as GitHub accepts for `needs`, `branches`, `types`...
// Other shapes add a diagnostic at `where` and give an empty list.
std::vector<std::string> string_list(const YAML::Node& node, const SourceLocation& where,
                                     const std::string& key, Diagnostics& diagnostics);

// A mapping of scalars (`with:`, `env:`). A scalar in place of the mapping is a whole
// expression such as `${{ fromJSON(...) }}`: it goes to `expression` and the map stays empty.
std::map<std::string, std::string> scalar_map(const YAML::Node& node, const SourceLocation& where,
                                              const std::string& key, std::string& expression,
                                              Diagnostics& diagnostics);

// The `if:` guard at `value`, whose key sits at `key`. An unquoted `if: !expr` is read by YAML
// as a tag; GitHub rejects it, so it becomes a diagnostic (the text is kept).
Guard read_guard(const YAML::Node& key, const YAML::Node& value, const std::string& file,
                 const std::string& path, Diagnostics& diagnostics);

// True for the keys that mean `on`: "on" itself, and a plain scalar that YAML 1.1 reads as the
// boolean true (`true:`, `yes:`, `on:` by PyYAML's rules).
bool is_on_key(const YAML::Node& key);

// The `on:` value in any of its forms: an event name, a list of names, or a map of event to
// configuration (null allowed).
std::vector<Trigger> read_triggers(const YAML::Node& key, const YAML::Node& on,
                                   const std::string& file, Diagnostics& diagnostics);

}  // namespace raxol::workflows
