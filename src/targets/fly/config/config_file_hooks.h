// fly.toml behind the kind's ConfigFileHooks (`config show`, `config validate`).
#pragma once

#include "targets/kit/config_file.h"

namespace raxol::fly {

ConfigFileHooks config_file_hooks();

}  // namespace raxol::fly
