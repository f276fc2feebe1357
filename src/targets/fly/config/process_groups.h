// Process groups (flyctl processgroups.go): which groups exist, which one is the default, and the
// view of the config that one group sees.
#pragma once

#include <string>
#include <vector>

#include "targets/fly/config/fly_config.h"

namespace raxol::fly {

// The names in [processes], sorted; {"app"} when there are none.
std::vector<std::string> process_group_names(const FlyConfig& config);

// "app" if it is a group, else the first name in sorted order.
std::string default_process_group(const FlyConfig& config);

// True when a section with `processes` applies to `group`: the list names it, or the list is
// empty and `group` is the default group.
bool applies_to_group(const FlyConfig& config, const std::string& group,
                      const std::vector<std::string>& processes);

// The config as group `group` sees it (flyctl's Flatten): only the sections that apply to it,
// [processes] reduced to that group, and at most one [[vm]] (the most specific).
FlyConfig flatten_for_group(const FlyConfig& config, const std::string& group);

}  // namespace raxol::fly
