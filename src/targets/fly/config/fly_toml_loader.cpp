// fly.toml text -> FlyConfig. toml++ exceptions stop here; everything after parsing works on
// already-parsed tables through TableReader.
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/loader_sections.h"
#include "targets/fly/config/toml_reader.h"

namespace raxol::fly {

namespace {

using detail::TableReader;

Status load_top_level_values(TableReader& top, FlyConfig& config) {
  RAXOL_ASSIGN_OR_RETURN(auto app, top.string("app"));
  config.app = app.value_or("");
  RAXOL_ASSIGN_OR_RETURN(auto region, top.string("primary_region"));
  config.primary_region = region.value_or("");
  RAXOL_ASSIGN_OR_RETURN(config.kill_signal, top.string("kill_signal"));
  RAXOL_ASSIGN_OR_RETURN(config.kill_timeout,
                         top.duration("kill_timeout", std::chrono::seconds(1)));
  RAXOL_ASSIGN_OR_RETURN(config.swap_size_mb, top.integer_in("swap_size_mb", 0, 1 << 30));
  RAXOL_ASSIGN_OR_RETURN(auto console, top.string("console_command"));
  config.console_command = console.value_or("");
  RAXOL_ASSIGN_OR_RETURN(auto dedication, top.string("host_dedication_id"));
  config.host_dedication_id = dedication.value_or("");
  RAXOL_ASSIGN_OR_RETURN(auto machine_config, top.string("machine_config"));
  config.machine_config = machine_config.value_or("");
  RAXOL_TRY(detail::check_machine_config_source(top, "machine_config", config.machine_config));
  if (top.find("container")) {
    // Multi-container machines are an invite-only Fly feature that raxol-deploy does not model.
    Diagnostic warning;
    warning.where = top.location_of("container");
    warning.key = "container";
    warning.message = "not supported by raxol-deploy, ignored";
    top.context().warnings.push_back(std::move(warning));
  }
  return {};
}

Status load_sections(TableReader& top, FlyConfig& config) {
  using namespace detail;
  RAXOL_TRY(load_top_level_values(top, config));
  RAXOL_TRY(load_metrics(top, config));       // before [experimental], which may add metrics
  RAXOL_TRY(load_experimental(top, config));  // may move kill_timeout to the top level
  RAXOL_TRY(load_build(top, config));
  RAXOL_TRY(load_deploy(top, config));
  RAXOL_TRY(load_env(top, config));
  RAXOL_TRY(load_processes(top, config));
  RAXOL_TRY(load_mounts(top, config));
  RAXOL_TRY(load_http_service(top, config));
  RAXOL_TRY(load_services(top, config));
  RAXOL_TRY(load_top_level_checks(top, config));
  RAXOL_TRY(load_files(top, config));
  RAXOL_ASSIGN_OR_RETURN(config.machine_checks, read_machine_checks(top, "machine_checks"));
  RAXOL_TRY(load_restart(top, config));
  RAXOL_TRY(load_compute(top, config));
  RAXOL_TRY(load_statics(top, config));
  return {};
}

}  // namespace

Result<LoadedFlyConfig> parse_fly_toml(std::string_view text, const std::string& display_name,
                                       const std::filesystem::path& base_dir) {
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(display_name));
  } catch (const toml::parse_error& error) {
    SourceLocation where;
    where.file = display_name;
    where.line = static_cast<int>(error.source().begin.line);
    where.column = static_cast<int>(error.source().begin.column);
    return config_error_message(where, "", std::string(error.description()));
  }

  LoadedFlyConfig loaded;
  loaded.file = display_name;
  loaded.config.file = display_name;
  loaded.config.base_dir = base_dir;
  detail::LoadContext context{display_name, loaded.config, loaded.warnings};
  TableReader top(context, root, "");
  RAXOL_TRY(load_sections(top, loaded.config));
  top.finish();

  std::stable_sort(
      loaded.warnings.begin(), loaded.warnings.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
      });
  return loaded;
}

Result<LoadedFlyConfig> load_fly_toml(const std::filesystem::path& path,
                                      const std::string& display_name) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorKind::config, display_name + ": cannot read: no such file")
        .with_note("pass the path of a fly.toml, or run in its folder (-C DIR)");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_fly_toml(text.str(), display_name, path.parent_path());
}

}  // namespace raxol::fly
