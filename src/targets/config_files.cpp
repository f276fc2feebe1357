#include "targets/config_files.h"

#include "targets/fly/config/config_file_hooks.h"

namespace raxol {

const ConfigFileHooks* config_file_hooks() {
  static const ConfigFileHooks hooks = fly::config_file_hooks();
  return &hooks;
}

}  // namespace raxol
