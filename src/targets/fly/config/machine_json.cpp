#include "targets/fly/config/machine_json.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "targets/fly/config/sizes.h"
#include "targets/fly/config/vm_presets.h"
#include "util/base64.h"
#include "util/strings.h"

namespace raxol::fly::detail {

namespace {

void put_duration(json& out, const char* key, const std::optional<Duration>& value) {
  if (value) out[key] = format_go_duration(*value);
}

}  // namespace

json tls_options_json(const TlsOptions& options) {
  json out = json::object();
  set_or_erase(out, "alpn", options.alpn);
  set_or_erase(out, "versions", options.versions);
  if (options.default_self_signed) out["default_self_signed"] = *options.default_self_signed;
  return out;
}

json http_options_json(const HttpOptions& options) {
  json out = json::object();
  if (options.compress) out["compress"] = *options.compress;
  if (options.h2_backend) out["h2_backend"] = *options.h2_backend;
  if (options.idle_timeout) out["idle_timeout"] = *options.idle_timeout;
  if (options.headers_read_timeout) out["headers_read_timeout"] = *options.headers_read_timeout;
  if (options.response) {
    json response = json::object();
    set_or_erase(response, "headers", options.response->headers);
    if (options.response->pristine) response["pristine"] = *options.response->pristine;
    out["response"] = response;
  }
  json caches = json::array();
  for (const auto& cache : options.replay_cache) {
    json entry = {{"path_prefix", cache.path_prefix},
                  {"ttl_seconds", cache.ttl_seconds},
                  {"type", cache.type},
                  {"name", cache.name}};
    if (cache.allow_bypass) entry["allow_bypass"] = true;
    caches.push_back(entry);
  }
  set_or_erase(out, "replay_cache", caches);
  return out;
}

json port_json(const ServicePort& port) {
  json out = json::object();
  if (port.port) out["port"] = *port.port;
  if (port.start_port) out["start_port"] = *port.start_port;
  if (port.end_port) out["end_port"] = *port.end_port;
  set_or_erase(out, "handlers", port.handlers);
  if (port.force_https) out["force_https"] = true;
  if (port.tls_options) out["tls_options"] = tls_options_json(*port.tls_options);
  if (port.http_options) out["http_options"] = http_options_json(*port.http_options);
  if (port.proxy_proto_version) {
    json proxy = json::object();
    set_or_erase(proxy, "version", *port.proxy_proto_version);
    out["proxy_proto_options"] = proxy;
  }
  return out;
}

void set_or_erase(json& object, const std::string& key, json value) {
  bool empty = value.is_null() || ((value.is_object() || value.is_array()) && value.empty());
  if (value.is_string()) empty = value.get_ref<const std::string&>().empty();
  if (value.is_number_integer()) empty = value.get<std::int64_t>() == 0;
  if (value.is_boolean()) empty = !value.get<bool>();
  if (empty) {
    object.erase(key);
  } else {
    object[key] = std::move(value);
  }
}

json omitempty_object(std::initializer_list<std::pair<const char*, json>> fields) {
  json object = json::object();
  for (const auto& [key, value] : fields) set_or_erase(object, key, value);
  return object;
}

json headers_json(const StringMap& headers) {
  json out = json::array();
  for (const auto& [name, value] : headers) out.push_back({{"name", name}, {"values", {value}}});
  return out;
}

Service http_service_as_service(const HttpService& http_service) {
  Service service;
  service.protocol = "tcp";
  service.internal_port = http_service.internal_port;
  service.concurrency = http_service.concurrency;
  service.processes = http_service.processes;
  service.http_checks = http_service.checks;
  service.machine_checks = http_service.machine_checks;
  service.auto_stop_machines = http_service.auto_stop_machines;
  service.auto_start_machines = http_service.auto_start_machines;
  service.min_machines_running = http_service.min_machines_running;
  service.key = http_service.key;

  ServicePort http;
  http.port = 80;
  http.handlers = {"http"};
  http.force_https = http_service.force_https;
  http.http_options = http_service.http_options;
  ServicePort https;
  https.port = 443;
  https.handlers = {"http", "tls"};
  https.http_options = http_service.http_options;
  https.tls_options = http_service.tls_options;
  service.ports = {http, https};
  return service;
}

json service_check_json(const ServiceCheck& check) {
  json out = {{"type", check.type}};
  put_duration(out, "interval", check.interval);
  put_duration(out, "timeout", check.timeout);
  put_duration(out, "grace_period", check.grace_period);
  if (check.method) out["method"] = *check.method;  // passed through as written
  if (check.path) out["path"] = *check.path;
  if (check.protocol) out["protocol"] = *check.protocol;
  if (check.tls_skip_verify) out["tls_skip_verify"] = *check.tls_skip_verify;
  if (check.tls_server_name) out["tls_server_name"] = *check.tls_server_name;
  set_or_erase(out, "headers", headers_json(check.headers));
  return out;
}

json service_json(const Service& service) {
  json out = {{"force_instance_key", nullptr}};
  set_or_erase(out, "protocol", service.protocol);
  set_or_erase(out, "internal_port", service.internal_port);
  if (service.auto_stop_machines) out["autostop"] = autostop_name(*service.auto_stop_machines);
  if (service.auto_start_machines) out["autostart"] = *service.auto_start_machines;
  if (service.min_machines_running) out["min_machines_running"] = *service.min_machines_running;
  json ports = json::array();
  for (const auto& port : service.ports) ports.push_back(port_json(port));
  set_or_erase(out, "ports", ports);
  json checks = json::array();
  for (const auto& check : service.tcp_checks) checks.push_back(service_check_json(check));
  for (const auto& check : service.http_checks) checks.push_back(service_check_json(check));
  set_or_erase(out, "checks", checks);
  if (service.concurrency) {
    json concurrency = json::object();
    set_or_erase(concurrency, "type", service.concurrency->type);
    set_or_erase(concurrency, "hard_limit", service.concurrency->hard_limit);
    set_or_erase(concurrency, "soft_limit", service.concurrency->soft_limit);
    out["concurrency"] = concurrency;
  }
  return out;
}

Result<json> top_level_check_json(const FlyConfig& config, const TopLevelCheck& check) {
  if (!check.type || (*check.type != "http" && *check.type != "tcp"))
    return config_error(config.location(check.key + ".type"), check.key + ".type",
                        "\"http\" or \"tcp\"", check.type ? json(*check.type).dump() : "nothing");
  json out = {{"type", *check.type}};
  if (check.port) out["port"] = *check.port;
  put_duration(out, "interval", check.interval);
  put_duration(out, "timeout", check.timeout);
  put_duration(out, "grace_period", check.grace_period);
  if (check.method) {
    out["method"] = upper(*check.method);
  }
  if (check.path) out["path"] = *check.path;
  if (check.protocol) out["protocol"] = *check.protocol;
  if (check.tls_skip_verify) out["tls_skip_verify"] = *check.tls_skip_verify;
  if (check.tls_server_name) out["tls_server_name"] = *check.tls_server_name;
  set_or_erase(out, "headers", headers_json(check.headers));
  return out;
}

json guest_json(const Compute& compute, const std::string& host_dedication_id) {
  std::string size = compute.size;
  if (size.empty()) size = compute.gpu_kind.empty() ? kDefaultVmSize : kDefaultGpuVmSize;
  GuestPreset preset = vm_preset(size).value_or(*vm_preset(kDefaultVmSize));
  json out = json::object();
  set_or_erase(out, "cpu_kind", preset.cpu_kind);
  set_or_erase(out, "cpus", preset.cpus);
  set_or_erase(out, "memory_mb", compute.memory_mib.value_or(preset.memory_mb));
  set_or_erase(out, "gpus", preset.gpus);
  set_or_erase(out, "gpu_kind", preset.gpu_kind);
  set_or_erase(out, "host_dedication_id", host_dedication_id);
  // Explicit fields win over the preset, but only when set (copier's IgnoreEmpty).
  auto copy = [&out](const char* key, json value) {
    bool empty = value.is_string()  ? value.get<std::string>().empty()
                 : value.is_array() ? value.empty()
                                    : value.get<std::int64_t>() == 0;
    if (!empty) out[key] = std::move(value);
  };
  copy("cpu_kind", compute.cpu_kind);
  copy("cpus", compute.cpus);
  copy("memory_mb", compute.memory_mb);
  copy("max_memory_mb", compute.max_memory_mb);
  copy("gpus", compute.gpus);
  copy("gpu_kind", compute.gpu_kind);
  copy("host_dedication_id", compute.host_dedication_id);
  copy("persist_rootfs", compute.persist_rootfs);
  copy("kernel_args", compute.kernel_args);
  return out;
}

json mount_json(const Mount& mount) {
  json out = json::object();
  set_or_erase(out, "path", mount.destination);
  set_or_erase(out, "name", mount.source);
  set_or_erase(out, "extend_threshold_percent", mount.auto_extend_size_threshold);
  // Unparseable sizes are reported by validation; here they count as unset, like flyctl.
  set_or_erase(out, "add_size_gb", parse_volume_gb(mount.auto_extend_size_increment).value_or(0));
  set_or_erase(out, "size_gb_limit", parse_volume_gb(mount.auto_extend_size_limit).value_or(0));
  return out;
}

json static_json(const Static& entry) {
  return {{"guest_path", entry.guest_path},
          {"url_prefix", entry.url_prefix},
          {"tigris_bucket", entry.tigris_bucket},
          {"index_document", entry.index_document}};
}

json metrics_json(const Metrics& metrics) {
  if (metrics.port == 0 && metrics.path.empty() && !metrics.https) return nullptr;
  json out = json::object();
  set_or_erase(out, "port", metrics.port);
  set_or_erase(out, "path", metrics.path);
  set_or_erase(out, "https", metrics.https);
  return out;
}

Result<json> restart_json(const FlyConfig& config, const Restart& restart) {
  std::string policy;
  if (restart.policy == "always" || restart.policy == "on-failure") {
    policy = restart.policy;
  } else if (restart.policy == "never") {
    policy = "no";  // the API's name for it
  } else {
    return config_error(config.location(restart.key + ".policy"), restart.key + ".policy",
                        "\"always\", \"never\" or \"on-failure\"",
                        restart.policy.empty() ? "nothing" : json(restart.policy).dump());
  }
  json out = {{"policy", policy}};
  set_or_erase(out, "max_retries", restart.retries);
  return out;
}

json stop_config_json(const FlyConfig& config) {
  if (!config.kill_signal && !config.kill_timeout) return nullptr;
  json out = json::object();
  if (config.kill_timeout) out["timeout"] = format_go_duration(*config.kill_timeout);
  if (config.kill_signal) out["signal"] = *config.kill_signal;
  return out;
}

Result<json> files_json(const FlyConfig& config, const std::vector<File>& files) {
  json out = json::array();
  for (const auto& file : files) {
    json entry = {{"guest_path", file.guest_path}};
    if (!file.local_path.empty()) {
      std::filesystem::path path(file.local_path);
      if (path.is_relative() && !config.base_dir.empty()) path = config.base_dir / path;
      std::ifstream in(path, std::ios::binary);
      if (!in)
        return config_error(config.location(file.key + ".local_path"), file.key + ".local_path",
                            "a readable file", json(file.local_path).dump());
      std::ostringstream content;
      content << in.rdbuf();
      entry["raw_value"] = base64_encode(content.str());
    } else if (!file.secret_name.empty()) {
      entry["secret_name"] = file.secret_name;
    } else if (!file.raw_value.empty()) {
      entry["raw_value"] = base64_encode(file.raw_value);
    }
    // fly.MergeFiles: a later entry for the same guest path replaces (or, if empty, removes) it.
    auto same_path = [&](const json& existing) {
      return existing["guest_path"] == file.guest_path;
    };
    auto found = std::find_if(out.begin(), out.end(), same_path);
    bool has_content = entry.contains("raw_value") || entry.contains("secret_name");
    if (found == out.end()) {
      out.push_back(entry);
    } else if (!has_content) {
      out.erase(found);
    } else {
      *found = entry;
    }
  }
  return out;
}

}  // namespace raxol::fly::detail
