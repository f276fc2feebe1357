// `config show` and `config validate`: the kind that owns a config file of its own (fly.toml)
// reads and checks it through its ConfigFileHooks; the commands only see this seam.
#pragma once

#include <string>

#include "raxol/context.h"
#include "targets/kit/config_file.h"

namespace raxol {

Result<ConfigFileReport> show_config_file(Context& context, const std::string& file,
                                          const std::string& process_group);
Result<ConfigFileReport> validate_config_file(Context& context, const std::string& file);

}  // namespace raxol
