// The kind that reads a config file of its own (today Fly's fly.toml), for `config show` and
// `config validate`; nullptr when no kind does.
#pragma once

#include "targets/kit/config_file.h"

namespace raxol {

const ConfigFileHooks* config_file_hooks();

}  // namespace raxol
