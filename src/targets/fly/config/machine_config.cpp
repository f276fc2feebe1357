// fly.toml -> the machine config of one process group (flyctl's ToMachineConfig with no source
// machine). Updates of existing machines go through merge_machine_config.
#include "targets/fly/config/machine_config.h"

#include <fstream>
#include <sstream>

#include "targets/fly/config/machine_json.h"
#include "targets/fly/config/process_groups.h"
#include "targets/fly/config/shlex.h"

namespace raxol::fly {

namespace {

using detail::set_or_erase;
using nlohmann::json;

// [experimental] machine_config (or the top-level one): a raw machine config that fly.toml's
// own sections are then applied over.
Result<json> base_machine_config(const FlyConfig& config) {
  std::string source = config.machine_config;
  std::string key = "machine_config";
  if (source.empty() && config.experimental) {
    source = config.experimental->machine_config;
    key = "experimental.machine_config";
  }
  if (source.empty()) return json::object();
  std::string text = source;
  if (source.front() != '{') {
    std::filesystem::path path(source);
    if (path.is_relative() && !config.base_dir.empty()) path = config.base_dir / path;
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return config_error(config.location(key), key, "a readable JSON file", json(source).dump());
    std::ostringstream content;
    content << in.rdbuf();
    text = content.str();
  }
  json parsed = json::parse(text, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object())
    return config_error(config.location(key), key, "a JSON object", json(source).dump());
  return parsed;
}

Result<std::optional<std::vector<std::string>>> init_command(const FlyConfig& flat,
                                                             const std::string& group) {
  auto found = flat.processes.find(group);
  if (found == flat.processes.end() || found->second.empty())
    return std::optional<std::vector<std::string>>();
  auto words = shell_split(found->second);
  if (!words.ok())
    return config_error(flat.location("processes." + group), "processes." + group, "a command line",
                        json(found->second).dump() + " (" + words.error().message + ")");
  return std::optional<std::vector<std::string>>(std::move(words.value()));
}

Status apply_init(json& config, const FlyConfig& flat, const std::string& group) {
  RAXOL_ASSIGN_OR_RETURN(auto cmd, init_command(flat, group));
  json& init = config["init"];
  if (!init.is_object()) init = json::object();
  json entrypoint = nullptr;
  json exec = nullptr;
  if (flat.experimental) {
    if (!cmd && flat.experimental->cmd) cmd = flat.experimental->cmd;
    if (flat.experimental->entrypoint) entrypoint = *flat.experimental->entrypoint;
    if (flat.experimental->exec) exec = *flat.experimental->exec;
  }
  set_or_erase(init, "entrypoint", entrypoint);
  set_or_erase(init, "exec", exec);
  set_or_erase(init, "cmd", cmd ? json(*cmd) : json(nullptr));
  if (flat.swap_size_mb) {
    init["swap_size_mb"] = *flat.swap_size_mb;  // a pointer in Go: 0 is still written
  } else {
    init.erase("swap_size_mb");
  }
  return {};
}

Result<json> top_level_checks(const FlyConfig& flat, const std::string& group) {
  json checks = json::object();
  for (const auto& [name, check] : flat.checks) {
    RAXOL_ASSIGN_OR_RETURN(json machine_check, detail::top_level_check_json(flat, check));
    if (!check.port) {
      if (!flat.http_service)
        return config_error_message(
            flat.location(check.key), check.key,
            "Check '" + name + "' for process group '" + group +
                "' has no port set and the group has no http_service to take it from");
      machine_check["port"] = flat.http_service->internal_port;
    }
    checks[name] = machine_check;
  }
  return checks;
}

}  // namespace

bool fly_toml_sets_guest(const FlyConfig& config, const std::string& group) {
  return !flatten_for_group(config, group.empty() ? default_process_group(config) : group)
              .vm.empty();
}

Result<json> to_machine_config(const FlyConfig& config, const std::string& group_name,
                               const ConversionOptions& options) {
  const std::string group = group_name.empty() ? default_process_group(config) : group_name;
  const FlyConfig flat = flatten_for_group(config, group);
  RAXOL_ASSIGN_OR_RETURN(json machine, base_machine_config(flat));

  set_or_erase(machine, "metrics",
               flat.metrics.empty() ? json(nullptr) : detail::metrics_json(flat.metrics.front()));
  RAXOL_TRY(apply_init(machine, flat, group));

  json& metadata = machine["metadata"];
  if (!metadata.is_object()) metadata = json::object();
  metadata["fly_flyctl_version"] = options.tool_version;
  metadata["fly_platform_version"] = "v2";
  metadata["fly_process_group"] = group;

  json services = json::array();
  if (flat.http_service)
    services.push_back(detail::service_json(detail::http_service_as_service(*flat.http_service)));
  for (const auto& service : flat.services) services.push_back(detail::service_json(service));
  set_or_erase(machine, "services", services);

  RAXOL_ASSIGN_OR_RETURN(json checks, top_level_checks(flat, group));
  set_or_erase(machine, "checks", checks);

  json env = flat.env;
  env["FLY_PROCESS_GROUP"] = group;
  if (!flat.primary_region.empty()) env["PRIMARY_REGION"] = flat.primary_region;
  machine["env"] = env;

  json statics = json::array();
  for (const auto& entry : flat.statics) statics.push_back(detail::static_json(entry));
  set_or_erase(machine, "statics", statics);

  json mounts = json::array();
  for (const auto& mount : flat.mounts) mounts.push_back(detail::mount_json(mount));
  set_or_erase(machine, "mounts", mounts);

  set_or_erase(machine, "stop_config", detail::stop_config_json(flat));
  RAXOL_ASSIGN_OR_RETURN(json files, detail::files_json(flat, flat.files));
  set_or_erase(machine, "files", files);

  // Without a [[vm]] for the group, fly.toml says nothing about the guest: a deploy keeps the
  // machine's size (set by `fly scale`) instead of resetting it.
  if (!flat.vm.empty())
    machine["guest"] = detail::guest_json(flat.vm.front(), flat.host_dedication_id);

  machine.erase("restart");
  for (const auto& restart : flat.restart) {
    RAXOL_ASSIGN_OR_RETURN(machine["restart"], detail::restart_json(flat, restart));
  }
  return machine;
}

}  // namespace raxol::fly
