// [build], [deploy], [env], [processes] and [experimental].
#include <nlohmann/json.hpp>

#include "targets/fly/config/loader_sections.h"

namespace raxol::fly::detail {

namespace {

std::string value_or_empty(const std::optional<std::string>& value) { return value.value_or(""); }

}  // namespace

// machine_config is either inline JSON or the path of a JSON file; a typo here would otherwise
// only surface when a machine is created.
Status check_machine_config_source(TableReader& table, std::string_view key,
                                   const std::string& source) {
  if (source.empty()) return {};
  const std::string expected = "a JSON object or the path of a .json file";
  if (source.front() == '{') {
    auto parsed = nlohmann::json::parse(source, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
      return table.type_error(key, *table.table().get(key), expected);
    return {};
  }
  if (source.size() < 5 || source.substr(source.size() - 5) != ".json")
    return table.type_error(key, *table.table().get(key), expected);
  return {};
}

Status load_build(TableReader& top, FlyConfig& config) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* table, top.subtable("build"));
  if (!table) return {};
  TableReader build_table(top.context(), *table, "build");
  Build build;
  RAXOL_ASSIGN_OR_RETURN(auto builder, build_table.string("builder"));
  build.builder = value_or_empty(builder);
  RAXOL_ASSIGN_OR_RETURN(build.args, build_table.string_map("args"));
  RAXOL_ASSIGN_OR_RETURN(auto buildpacks, build_table.strings("buildpacks"));
  build.buildpacks = buildpacks.value_or(StringList{});
  RAXOL_ASSIGN_OR_RETURN(auto image, build_table.string("image"));
  build.image = value_or_empty(image);
  RAXOL_ASSIGN_OR_RETURN(const toml::table* settings, build_table.subtable("settings"));
  if (settings) build.settings = to_json(*settings);
  RAXOL_ASSIGN_OR_RETURN(auto builtin, build_table.string("builtin"));
  build.builtin = value_or_empty(builtin);
  RAXOL_ASSIGN_OR_RETURN(auto dockerfile, build_table.string("dockerfile"));
  build.dockerfile = value_or_empty(dockerfile);
  RAXOL_ASSIGN_OR_RETURN(auto ignorefile, build_table.string("ignorefile"));
  build.ignorefile = value_or_empty(ignorefile);
  // `build_target` is the legacy spelling; flyctl's patch lets it win over `build-target`.
  RAXOL_ASSIGN_OR_RETURN(auto target, build_table.string("build-target"));
  RAXOL_ASSIGN_OR_RETURN(auto legacy_target, build_table.string("build_target"));
  build.build_target = legacy_target ? *legacy_target : value_or_empty(target);
  RAXOL_ASSIGN_OR_RETURN(const toml::table* compose, build_table.subtable("compose"));
  if (compose) {
    TableReader compose_table(top.context(), *compose, "build.compose");
    RAXOL_ASSIGN_OR_RETURN(auto file, compose_table.string("file"));
    build.compose_file = value_or_empty(file);
    compose_table.finish();
  }
  RAXOL_ASSIGN_OR_RETURN(auto compression, build_table.string("compression"));
  build.compression = value_or_empty(compression);
  RAXOL_ASSIGN_OR_RETURN(build.compression_level, build_table.integer("compression_level"));
  build_table.finish();
  config.build = std::move(build);
  return {};
}

Status load_deploy(TableReader& top, FlyConfig& config) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* table, top.subtable("deploy"));
  if (!table) return {};
  TableReader deploy_table(top.context(), *table, "deploy");
  Deploy deploy;
  RAXOL_ASSIGN_OR_RETURN(auto strategy, deploy_table.string("strategy"));
  deploy.strategy = value_or_empty(strategy);
  RAXOL_ASSIGN_OR_RETURN(deploy.max_unavailable, deploy_table.number("max_unavailable"));
  RAXOL_ASSIGN_OR_RETURN(deploy.wait_timeout,
                         deploy_table.duration("wait_timeout", std::chrono::seconds(1)));
  RAXOL_ASSIGN_OR_RETURN(auto release_command, deploy_table.string("release_command"));
  deploy.release_command = value_or_empty(release_command);
  const toml::node* timeout = deploy_table.table().get("release_command_timeout");
  if (timeout && timeout->is_string() && timeout->as_string()->get() == "none") {
    deploy_table.find("release_command_timeout");
    deploy.release_command_timeout_none = true;
  } else {
    RAXOL_ASSIGN_OR_RETURN(
        deploy.release_command_timeout,
        deploy_table.duration("release_command_timeout", std::chrono::seconds(1)));
  }
  RAXOL_ASSIGN_OR_RETURN(const toml::table* vm, deploy_table.subtable("release_command_vm"));
  if (vm) {
    TableReader vm_table(top.context(), *vm, "deploy.release_command_vm");
    RAXOL_ASSIGN_OR_RETURN(deploy.release_command_vm, read_compute(vm_table));
  }
  RAXOL_ASSIGN_OR_RETURN(auto seed_command, deploy_table.string("seed_command"));
  deploy.seed_command = value_or_empty(seed_command);
  deploy_table.finish();
  config.deploy = std::move(deploy);
  return {};
}

Status load_env(TableReader& top, FlyConfig& config) {
  // [env] is a table; [[env]] (an array of tables, as the API returns it) is merged in order.
  RAXOL_ASSIGN_OR_RETURN(auto tables, top.tables("env"));
  for (const auto& ref : tables) {
    for (auto&& [name, value] : *ref.table) {
      std::string key = ref.path + "." + std::string(name.str());
      config.locations[key] = top.context().where(value.source());
      auto text = scalar_text(value);
      if (!text)
        return config_error(top.context().where(value.source()), key, "a string, number or boolean",
                            describe(value));
      config.env[std::string(name.str())] = *text;
    }
  }
  return {};
}

Status load_processes(TableReader& top, FlyConfig& config) {
  const toml::node* node = top.find("processes");
  if (!node) return {};
  if (node->is_table()) {
    RAXOL_ASSIGN_OR_RETURN(config.processes, top.string_map("processes"));
    return {};
  }
  if (!node->is_array()) return top.type_error("processes", *node, "a table of commands");
  // Legacy [[processes]] name/command entries; empty ones (the GraphQL API's []) are dropped.
  const auto& array = *node->as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (!array[i].is_table()) continue;
    TableReader entry(top.context(), *array[i].as_table(), "processes[" + std::to_string(i) + "]");
    const toml::node* name = entry.find("name");
    const toml::node* command = entry.find("command");
    entry.finish();
    if (!name) continue;
    auto name_text = scalar_text(*name);
    auto command_text = command ? scalar_text(*command) : std::optional<std::string>("");
    if (!name_text) return entry.type_error("name", *name, "a string");
    if (!command_text) return entry.type_error("command", *command, "a string");
    config.processes[*name_text] = *command_text;
    config.locations["processes." + *name_text] = top.context().where(name->source());
  }
  return {};
}

Status load_experimental(TableReader& top, FlyConfig& config) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* table, top.subtable("experimental"));
  if (!table || table->empty()) return {};
  TableReader reader(top.context(), *table, "experimental");
  Experimental experimental;
  RAXOL_ASSIGN_OR_RETURN(experimental.cmd, reader.string_or_strings("cmd"));
  RAXOL_ASSIGN_OR_RETURN(experimental.entrypoint, reader.string_or_strings("entrypoint"));
  RAXOL_ASSIGN_OR_RETURN(experimental.exec, reader.string_or_strings("exec"));
  RAXOL_ASSIGN_OR_RETURN(auto auto_rollback, reader.boolean("auto_rollback"));
  experimental.auto_rollback = auto_rollback.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(auto consul, reader.boolean("enable_consul"));
  experimental.enable_consul = consul.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(auto etcd, reader.boolean("enable_etcd"));
  experimental.enable_etcd = etcd.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(auto lazy, reader.boolean("lazy_load_images"));
  experimental.lazy_load_images = lazy.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(auto zstd, reader.boolean("use_zstd"));
  experimental.use_zstd = zstd.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(const toml::table* attached, reader.subtable("attached"));
  if (attached) {
    TableReader attached_table(top.context(), *attached, "experimental.attached");
    RAXOL_ASSIGN_OR_RETURN(const toml::table* secrets, attached_table.subtable("secrets"));
    if (secrets) {
      TableReader secrets_table(top.context(), *secrets, "experimental.attached.secrets");
      RAXOL_ASSIGN_OR_RETURN(experimental.attached_secrets_export,
                             secrets_table.string_map("export"));
      secrets_table.finish();
    }
    attached_table.finish();
  }
  RAXOL_ASSIGN_OR_RETURN(auto machine_config, reader.string("machine_config"));
  experimental.machine_config = value_or_empty(machine_config);
  RAXOL_TRY(check_machine_config_source(reader, "machine_config", experimental.machine_config));

  // Legacy keys that flyctl moves out of [experimental] unless the new form is present.
  RAXOL_ASSIGN_OR_RETURN(auto kill_timeout,
                         reader.duration("kill_timeout", std::chrono::seconds(1)));
  if (kill_timeout && !config.kill_timeout) config.kill_timeout = kill_timeout;
  RAXOL_ASSIGN_OR_RETURN(auto metrics_port, reader.integer_in("metrics_port", 1, 65535));
  RAXOL_ASSIGN_OR_RETURN(auto metrics_path, reader.string("metrics_path"));
  if ((metrics_port || metrics_path) && config.metrics.empty() && !top.has("metrics") &&
      !top.has("metric")) {
    Metrics metrics;
    metrics.port = metrics_port.value_or(0);
    metrics.path = value_or_empty(metrics_path);
    metrics.key = "experimental";
    config.metrics.push_back(std::move(metrics));
  }
  reader.finish();
  config.experimental = std::move(experimental);
  return {};
}

}  // namespace raxol::fly::detail
