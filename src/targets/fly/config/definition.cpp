// fly.toml as flyctl's JSON "definition" (its Config struct marshalled with its json tags): what
// a release record stores so that a rollback can redeploy the exact configuration.
#include "targets/fly/config/fly_toml.h"
#include "targets/fly/config/machine_json.h"

namespace raxol::fly {

namespace {

using detail::omitempty_object;
using detail::set_or_erase;
using nlohmann::json;

void put(json& out, const char* key, const std::optional<Duration>& value) {
  if (value) out[key] = format_go_duration(*value);
}

template <class T>
void put(json& out, const char* key, const std::optional<T>& value) {
  if (value) out[key] = *value;
}

json check_definition(const ServiceCheck& check) {
  json out = json::object();
  put(out, "interval", check.interval);
  put(out, "timeout", check.timeout);
  put(out, "grace_period", check.grace_period);
  put(out, "method", check.method);
  put(out, "path", check.path);
  put(out, "protocol", check.protocol);
  put(out, "tls_skip_verify", check.tls_skip_verify);
  put(out, "tls_server_name", check.tls_server_name);
  set_or_erase(out, "headers", check.headers);
  return out;
}

json machine_checks_definition(const std::vector<MachineCheck>& checks) {
  json out = json::array();
  for (const auto& check : checks) {
    json entry = json::object();
    set_or_erase(entry, "command", check.command);
    set_or_erase(entry, "image", check.image);
    put(entry, "entrypoint", check.entrypoint);
    put(entry, "kill_signal", check.kill_signal);
    put(entry, "kill_timeout", check.kill_timeout);
    out.push_back(entry);
  }
  return out;
}

json concurrency_definition(const Concurrency& concurrency) {
  json out = json::object();
  set_or_erase(out, "type", concurrency.type);
  set_or_erase(out, "hard_limit", concurrency.hard_limit);
  set_or_erase(out, "soft_limit", concurrency.soft_limit);
  return out;
}

void put_service_common(json& out, const std::optional<Autostop>& autostop,
                        const std::optional<bool>& autostart,
                        const std::optional<std::int64_t>& min_running,
                        const std::optional<Concurrency>& concurrency,
                        const StringList& processes) {
  if (autostop) out["auto_stop_machines"] = autostop_name(*autostop);
  put(out, "auto_start_machines", autostart);
  put(out, "min_machines_running", min_running);
  if (concurrency) out["concurrency"] = concurrency_definition(*concurrency);
  set_or_erase(out, "processes", processes);
}

json http_service_definition(const HttpService& service) {
  json out = {{"internal_port", service.internal_port}};
  set_or_erase(out, "force_https", service.force_https);
  put_service_common(out, service.auto_stop_machines, service.auto_start_machines,
                     service.min_machines_running, service.concurrency, service.processes);
  if (service.tls_options) out["tls_options"] = detail::tls_options_json(*service.tls_options);
  if (service.http_options) out["http_options"] = detail::http_options_json(*service.http_options);
  json checks = json::array();
  for (const auto& check : service.checks) checks.push_back(check_definition(check));
  set_or_erase(out, "checks", checks);
  set_or_erase(out, "machine_checks", machine_checks_definition(service.machine_checks));
  return out;
}

json service_definition(const Service& service) {
  json out = json::object();
  set_or_erase(out, "protocol", service.protocol);
  set_or_erase(out, "internal_port", service.internal_port);
  put_service_common(out, service.auto_stop_machines, service.auto_start_machines,
                     service.min_machines_running, service.concurrency, service.processes);
  json ports = json::array();
  for (const auto& port : service.ports) ports.push_back(detail::port_json(port));
  set_or_erase(out, "ports", ports);
  json tcp = json::array();
  for (const auto& check : service.tcp_checks) tcp.push_back(check_definition(check));
  set_or_erase(out, "tcp_checks", tcp);
  json http = json::array();
  for (const auto& check : service.http_checks) http.push_back(check_definition(check));
  set_or_erase(out, "http_checks", http);
  set_or_erase(out, "machine_checks", machine_checks_definition(service.machine_checks));
  return out;
}

json compute_definition(const Compute& compute) {
  return omitempty_object({{"size", compute.size},
                           {"memory", compute.memory},
                           {"cpu_kind", compute.cpu_kind},
                           {"cpus", compute.cpus},
                           {"memory_mb", compute.memory_mb},
                           {"max_memory_mb", compute.max_memory_mb},
                           {"gpus", compute.gpus},
                           {"gpu_kind", compute.gpu_kind},
                           {"host_dedication_id", compute.host_dedication_id},
                           {"kernel_args", compute.kernel_args},
                           {"persist_rootfs", compute.persist_rootfs},
                           {"processes", compute.processes}});
}

json deploy_definition(const Deploy& deploy) {
  json out = json::object();
  set_or_erase(out, "strategy", deploy.strategy);
  put(out, "max_unavailable", deploy.max_unavailable);
  put(out, "wait_timeout", deploy.wait_timeout);
  set_or_erase(out, "release_command", deploy.release_command);
  if (deploy.release_command_timeout_none) out["release_command_timeout"] = "none";
  put(out, "release_command_timeout", deploy.release_command_timeout);
  if (deploy.release_command_vm)
    out["release_command_vm"] = compute_definition(*deploy.release_command_vm);
  set_or_erase(out, "seed_command", deploy.seed_command);
  return out;
}

json experimental_definition(const Experimental& experimental) {
  json out = json::object();
  put(out, "cmd", experimental.cmd);
  put(out, "entrypoint", experimental.entrypoint);
  put(out, "exec", experimental.exec);
  set_or_erase(out, "auto_rollback", experimental.auto_rollback);
  set_or_erase(out, "enable_consul", experimental.enable_consul);
  set_or_erase(out, "enable_etcd", experimental.enable_etcd);
  set_or_erase(out, "lazy_load_images", experimental.lazy_load_images);
  set_or_erase(out, "use_zstd", experimental.use_zstd);
  if (!experimental.attached_secrets_export.empty())
    out["attached"] = {{"secrets", {{"export", experimental.attached_secrets_export}}}};
  set_or_erase(out, "machine_config", experimental.machine_config);
  return out;
}

json build_definition(const Build& build) {
  json out = omitempty_object({{"builder", build.builder},
                               {"args", build.args},
                               {"buildpacks", build.buildpacks},
                               {"image", build.image},
                               {"settings", build.settings},
                               {"builtin", build.builtin},
                               {"dockerfile", build.dockerfile},
                               {"ignorefile", build.ignorefile},
                               {"build-target", build.build_target}});
  if (!build.compose_file.empty()) out["compose"] = {{"file", build.compose_file}};
  set_or_erase(out, "compression", build.compression);
  put(out, "compression_level", build.compression_level);
  return out;
}

json sections_definition(const FlyConfig& config) {
  json out = json::object();
  json mounts = json::array();
  for (const auto& mount : config.mounts) {
    json entry = {{"source", mount.source}, {"destination", mount.destination}};
    set_or_erase(entry, "initial_size", mount.initial_size);
    put(entry, "snapshot_retention", mount.snapshot_retention);
    put(entry, "scheduled_snapshots", mount.scheduled_snapshots);
    set_or_erase(entry, "auto_extend_size_threshold", mount.auto_extend_size_threshold);
    set_or_erase(entry, "auto_extend_size_increment", mount.auto_extend_size_increment);
    set_or_erase(entry, "auto_extend_size_limit", mount.auto_extend_size_limit);
    set_or_erase(entry, "processes", mount.processes);
    mounts.push_back(entry);
  }
  set_or_erase(out, "mounts", mounts);
  json checks = json::object();
  for (const auto& [name, check] : config.checks) {
    json entry = json::object();
    put(entry, "port", check.port);
    put(entry, "type", check.type);
    put(entry, "interval", check.interval);
    put(entry, "timeout", check.timeout);
    put(entry, "grace_period", check.grace_period);
    put(entry, "method", check.method);
    put(entry, "path", check.path);
    put(entry, "protocol", check.protocol);
    put(entry, "tls_skip_verify", check.tls_skip_verify);
    put(entry, "tls_server_name", check.tls_server_name);
    set_or_erase(entry, "headers", check.headers);
    set_or_erase(entry, "processes", check.processes);
    checks[name] = entry;
  }
  set_or_erase(out, "checks", checks);
  json files = json::array();
  for (const auto& file : config.files) {
    json entry = {{"guest_path", file.guest_path}};
    set_or_erase(entry, "local_path", file.local_path);
    set_or_erase(entry, "secret_name", file.secret_name);
    set_or_erase(entry, "raw_value", file.raw_value);
    set_or_erase(entry, "processes", file.processes);
    files.push_back(entry);
  }
  set_or_erase(out, "files", files);
  json restarts = json::array();
  for (const auto& restart : config.restart) {
    json entry = json::object();
    set_or_erase(entry, "policy", restart.policy);
    set_or_erase(entry, "retries", restart.retries);
    set_or_erase(entry, "processes", restart.processes);
    restarts.push_back(entry);
  }
  set_or_erase(out, "restart", restarts);
  json vms = json::array();
  for (const auto& compute : config.vm) vms.push_back(compute_definition(compute));
  set_or_erase(out, "vm", vms);
  json statics = json::array();
  for (const auto& entry : config.statics) statics.push_back(detail::static_json(entry));
  set_or_erase(out, "statics", statics);
  json metrics = json::array();
  for (const auto& entry : config.metrics) {
    json item = detail::metrics_json(entry);
    if (item.is_null()) item = json::object();
    set_or_erase(item, "processes", entry.processes);
    metrics.push_back(item);
  }
  set_or_erase(out, "metrics", metrics);
  return out;
}

}  // namespace

json to_definition(const FlyConfig& config) {
  json out = sections_definition(config);
  set_or_erase(out, "app", config.app);
  set_or_erase(out, "primary_region", config.primary_region);
  put(out, "kill_signal", config.kill_signal);
  put(out, "kill_timeout", config.kill_timeout);
  put(out, "swap_size_mb", config.swap_size_mb);
  set_or_erase(out, "console_command", config.console_command);
  set_or_erase(out, "host_dedication_id", config.host_dedication_id);
  set_or_erase(out, "machine_config", config.machine_config);
  if (config.experimental) out["experimental"] = experimental_definition(*config.experimental);
  if (config.build) out["build"] = build_definition(*config.build);
  if (config.deploy) out["deploy"] = deploy_definition(*config.deploy);
  set_or_erase(out, "env", config.env);
  set_or_erase(out, "processes", config.processes);
  if (config.http_service) out["http_service"] = http_service_definition(*config.http_service);
  json services = json::array();
  for (const auto& service : config.services) services.push_back(service_definition(service));
  set_or_erase(out, "services", services);
  set_or_erase(out, "machine_checks", machine_checks_definition(config.machine_checks));
  return out;
}

}  // namespace raxol::fly
