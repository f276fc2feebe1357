#include "core/config_file.h"

#include "targets/config_files.h"

namespace raxol {

namespace {
Error no_config_kind() {
  return make_error(ErrorKind::unsupported, "no target kind reads a config file of its own");
}
}  // namespace

Result<ConfigFileReport> show_config_file(Context& context, const std::string& file,
                                          const std::string& process_group) {
  const ConfigFileHooks* found = config_file_hooks();
  if (found == nullptr) return no_config_kind();
  return found->show(context, file, process_group);
}

Result<ConfigFileReport> validate_config_file(Context& context, const std::string& file) {
  const ConfigFileHooks* found = config_file_hooks();
  if (found == nullptr) return no_config_kind();
  return found->validate(context, file);
}

}  // namespace raxol
