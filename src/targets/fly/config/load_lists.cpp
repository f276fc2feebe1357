// The repeatable sections: [[vm]], [[mounts]], [checks.NAME], [[statics]], [[metrics]],
// [[files]], [[restart]] and [[machine_checks]]. Each may also be written as a single table.
#include "targets/fly/config/loader_sections.h"
#include "targets/fly/config/sizes.h"
#include "targets/fly/config/vm_presets.h"

namespace raxol::fly::detail {

namespace {

std::string text_or_empty(const std::optional<std::string>& value) { return value.value_or(""); }

Result<StringList> read_processes(TableReader& table) {
  RAXOL_ASSIGN_OR_RETURN(auto processes, table.strings("processes"));
  return processes.value_or(StringList{});
}

Result<std::int64_t> read_count(TableReader& table, std::string_view key) {
  RAXOL_ASSIGN_OR_RETURN(auto value, table.integer_in(key, 0, 1 << 30));
  return value.value_or(0);
}

// Every table of the arrays `keys` ([[mounts]] and then [[mount]]...), in order: `read` fills
// one entry whose key is its TOML path; keys it did not ask about are reported afterwards.
template <class Entry, class Read>
Status load_table_arrays(TableReader& top, std::initializer_list<const char*> keys,
                         std::vector<Entry>& out, Read read) {
  for (const char* key : keys) {
    RAXOL_ASSIGN_OR_RETURN(auto tables, top.tables(key));
    for (const auto& ref : tables) {
      TableReader table(top.context(), *ref.table, ref.path);
      Entry entry;
      entry.key = ref.path;
      RAXOL_TRY(read(table, entry));
      table.finish();
      out.push_back(std::move(entry));
    }
  }
  return {};
}

}  // namespace

Result<Compute> read_compute(TableReader& table) {
  Compute compute;
  compute.key = table.path();
  RAXOL_ASSIGN_OR_RETURN(compute.size, table.text("size"));
  if (!compute.size.empty() && !vm_preset(compute.size))
    return table.type_error("size", *table.table().get("size"),
                            "a VM size such as \"shared-cpu-1x\" or \"performance-2x\"");
  RAXOL_ASSIGN_OR_RETURN(auto memory, table.size_text("memory"));
  compute.memory = text_or_empty(memory);
  if (!compute.memory.empty()) {
    compute.memory_mib = parse_memory_mib(compute.memory);
    if (!compute.memory_mib || *compute.memory_mib <= 0)
      return table.type_error("memory", *table.table().get("memory"),
                              "a memory size such as \"512mb\" or \"1gb\"");
  }
  RAXOL_ASSIGN_OR_RETURN(compute.cpu_kind, table.text("cpu_kind"));
  RAXOL_ASSIGN_OR_RETURN(compute.cpus, read_count(table, "cpus"));
  RAXOL_ASSIGN_OR_RETURN(compute.memory_mb, read_count(table, "memory_mb"));
  RAXOL_ASSIGN_OR_RETURN(compute.max_memory_mb, read_count(table, "max_memory_mb"));
  RAXOL_ASSIGN_OR_RETURN(compute.gpus, read_count(table, "gpus"));
  RAXOL_ASSIGN_OR_RETURN(compute.gpu_kind, table.text("gpu_kind"));
  RAXOL_ASSIGN_OR_RETURN(compute.host_dedication_id, table.text("host_dedication_id"));
  RAXOL_ASSIGN_OR_RETURN(auto kernel_args, table.strings("kernel_args"));
  compute.kernel_args = kernel_args.value_or(StringList{});
  RAXOL_ASSIGN_OR_RETURN(auto persist, table.string("persist_rootfs"));
  compute.persist_rootfs = persist.value_or("");
  if (persist && *persist != "never" && *persist != "always" && *persist != "restart")
    return table.type_error("persist_rootfs", *table.table().get("persist_rootfs"),
                            "\"never\", \"always\" or \"restart\"");
  RAXOL_ASSIGN_OR_RETURN(compute.processes, read_processes(table));
  table.finish();
  return compute;
}

Status load_compute(TableReader& top, FlyConfig& config) {
  // flyctl gathers [[compute]], [[computes]] and then [[vm]], in that order.
  for (const char* key : {"compute", "computes", "vm"}) {
    RAXOL_ASSIGN_OR_RETURN(auto tables, top.tables(key));
    for (const auto& ref : tables) {
      TableReader table(top.context(), *ref.table, ref.path);
      RAXOL_ASSIGN_OR_RETURN(auto compute, read_compute(table));
      config.vm.push_back(std::move(compute));
    }
  }
  return {};
}

Status load_mounts(TableReader& top, FlyConfig& config) {
  return load_table_arrays(top, {"mount", "mounts"}, config.mounts,
                           [](TableReader& table, Mount& mount) -> Status {
    RAXOL_ASSIGN_OR_RETURN(mount.source, table.text("source"));
    RAXOL_ASSIGN_OR_RETURN(mount.destination, table.text("destination"));
    RAXOL_ASSIGN_OR_RETURN(auto initial_size, table.size_text("initial_size"));
    mount.initial_size = text_or_empty(initial_size);
    RAXOL_ASSIGN_OR_RETURN(mount.snapshot_retention, table.integer("snapshot_retention"));
    RAXOL_ASSIGN_OR_RETURN(mount.scheduled_snapshots, table.boolean("scheduled_snapshots"));
    RAXOL_ASSIGN_OR_RETURN(auto threshold, table.integer("auto_extend_size_threshold"));
    mount.auto_extend_size_threshold = threshold.value_or(0);
    RAXOL_ASSIGN_OR_RETURN(auto increment, table.size_text("auto_extend_size_increment"));
    mount.auto_extend_size_increment = text_or_empty(increment);
    RAXOL_ASSIGN_OR_RETURN(auto limit, table.size_text("auto_extend_size_limit"));
    mount.auto_extend_size_limit = text_or_empty(limit);
    RAXOL_ASSIGN_OR_RETURN(mount.processes, read_processes(table));
    return {};
  });
}

namespace {

Result<TopLevelCheck> read_top_level_check(TableReader& table, const std::string& name) {
  TopLevelCheck check;
  check.name = name;
  check.key = table.path();
  table.ignore("name");  // the array form names each check inline
  RAXOL_ASSIGN_OR_RETURN(check.port, table.integer_in("port", 1, 65535));
  RAXOL_ASSIGN_OR_RETURN(check.type, table.string("type"));
  RAXOL_TRY(read_check_timing(table, check.interval, check.timeout, check.grace_period));
  RAXOL_ASSIGN_OR_RETURN(check.method, table.string("method"));
  RAXOL_ASSIGN_OR_RETURN(check.path, table.string("path"));
  RAXOL_ASSIGN_OR_RETURN(check.protocol, table.string("protocol"));
  RAXOL_ASSIGN_OR_RETURN(check.tls_skip_verify, table.boolean("tls_skip_verify"));
  RAXOL_ASSIGN_OR_RETURN(check.tls_server_name, table.string("tls_server_name"));
  RAXOL_ASSIGN_OR_RETURN(check.headers, read_check_headers(table));
  RAXOL_ASSIGN_OR_RETURN(check.processes, read_processes(table));
  table.finish();
  return check;
}

}  // namespace

Status load_top_level_checks(TableReader& top, FlyConfig& config) {
  const toml::node* node = top.find("checks");
  if (!node) return {};
  if (node->is_table()) {
    for (auto&& [name, value] : *node->as_table()) {
      std::string key = "checks." + std::string(name.str());
      if (!value.is_table())
        return config_error(top.context().where(value.source()), key, "a table", describe(value));
      TableReader table(top.context(), *value.as_table(), key);
      RAXOL_ASSIGN_OR_RETURN(auto check, read_top_level_check(table, std::string(name.str())));
      config.checks[check.name] = std::move(check);
    }
    return {};
  }
  // The JSON definition's form: a list of checks, each with a `name`.
  RAXOL_ASSIGN_OR_RETURN(auto tables, top.tables("checks"));
  for (const auto& ref : tables) {
    const toml::node* name = ref.table->get("name");
    if (!name || !name->is_string())
      return config_error(top.context().where(ref.table->source()), ref.path + ".name", "a string",
                          name ? describe(*name) : "nothing");
    TableReader table(top.context(), *ref.table, "checks." + name->as_string()->get());
    RAXOL_ASSIGN_OR_RETURN(auto check, read_top_level_check(table, name->as_string()->get()));
    config.checks[check.name] = std::move(check);
  }
  return {};
}

Status load_statics(TableReader& top, FlyConfig& config) {
  return load_table_arrays(top, {"statics"}, config.statics,
                           [](TableReader& table, Static& entry) -> Status {
    RAXOL_ASSIGN_OR_RETURN(entry.guest_path, table.text("guest_path"));
    RAXOL_ASSIGN_OR_RETURN(entry.url_prefix, table.text("url_prefix"));
    RAXOL_ASSIGN_OR_RETURN(entry.tigris_bucket, table.text("tigris_bucket"));
    RAXOL_ASSIGN_OR_RETURN(entry.index_document, table.text("index_document"));
    return {};
  });
}

Status load_metrics(TableReader& top, FlyConfig& config) {
  return load_table_arrays(top, {"metric", "metrics"}, config.metrics,
                           [](TableReader& table, Metrics& metrics) -> Status {
    RAXOL_ASSIGN_OR_RETURN(auto port, table.integer_in("port", 1, 65535));
    metrics.port = port.value_or(0);
    RAXOL_ASSIGN_OR_RETURN(metrics.path, table.text("path"));
    RAXOL_ASSIGN_OR_RETURN(auto https, table.boolean("https"));
    metrics.https = https.value_or(false);
    RAXOL_ASSIGN_OR_RETURN(metrics.processes, read_processes(table));
    return {};
  });
}

Status load_files(TableReader& top, FlyConfig& config) {
  return load_table_arrays(top, {"files"}, config.files,
                           [](TableReader& table, File& file) -> Status {
    RAXOL_ASSIGN_OR_RETURN(file.guest_path, table.text("guest_path"));
    RAXOL_ASSIGN_OR_RETURN(file.local_path, table.text("local_path"));
    RAXOL_ASSIGN_OR_RETURN(file.secret_name, table.text("secret_name"));
    RAXOL_ASSIGN_OR_RETURN(file.raw_value, table.text("raw_value"));
    RAXOL_ASSIGN_OR_RETURN(file.processes, read_processes(table));
    return {};
  });
}

Status load_restart(TableReader& top, FlyConfig& config) {
  return load_table_arrays(top, {"restart"}, config.restart,
                           [](TableReader& table, Restart& restart) -> Status {
    RAXOL_ASSIGN_OR_RETURN(restart.policy, table.text("policy"));
    RAXOL_ASSIGN_OR_RETURN(restart.retries, read_count(table, "retries"));
    RAXOL_ASSIGN_OR_RETURN(restart.processes, read_processes(table));
    return {};
  });
}

Result<std::vector<MachineCheck>> read_machine_checks(TableReader& parent, std::string_view key) {
  std::vector<MachineCheck> checks;
  RAXOL_ASSIGN_OR_RETURN(auto tables, parent.tables(key));
  for (const auto& ref : tables) {
    TableReader table(parent.context(), *ref.table, ref.path);
    MachineCheck check;
    check.key = ref.path;
    RAXOL_ASSIGN_OR_RETURN(auto command, table.strings("command"));
    check.command = command.value_or(StringList{});
    RAXOL_ASSIGN_OR_RETURN(check.image, table.text("image"));
    RAXOL_ASSIGN_OR_RETURN(check.entrypoint, table.strings("entrypoint"));
    RAXOL_ASSIGN_OR_RETURN(check.kill_signal, table.string("kill_signal"));
    RAXOL_ASSIGN_OR_RETURN(check.kill_timeout,
                           table.duration("kill_timeout", std::chrono::seconds(1)));
    table.finish();
    checks.push_back(std::move(check));
  }
  return checks;
}

}  // namespace raxol::fly::detail
