// Where things are on this machine for this user: programs on PATH, the per-user cache
// folder. Read from the Environment seam so that tests and --sandbox see their own values.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "raxol/environment.h"

namespace raxol {

// The first executable `name` in the folders of `env`'s PATH, as the shell would find it.
std::optional<std::filesystem::path> find_program(const Environment& env, const std::string& name);

// $XDG_CACHE_HOME/raxol-deploy, else $HOME/.cache/raxol-deploy; empty when neither is set.
std::filesystem::path user_cache_dir(const Environment& env);

}  // namespace raxol
