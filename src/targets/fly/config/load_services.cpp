// [http_service] and [[services]] with their ports, checks, concurrency and proxy options.
#include <charconv>

#include "targets/fly/config/loader_sections.h"

namespace raxol::fly::detail {

namespace {

constexpr std::int64_t kMaxPort = 65535;
constexpr std::int64_t kMaxCount = 1 << 30;

Result<std::optional<Autostop>> read_autostop(TableReader& table, std::string_view key) {
  const toml::node* node = table.find(key);
  if (!node) return std::optional<Autostop>();
  if (node->is_boolean())
    return std::optional<Autostop>(node->as_boolean()->get() ? Autostop::stop : Autostop::off);
  if (node->is_string()) {
    const std::string& text = node->as_string()->get();
    if (text == "off") return std::optional<Autostop>(Autostop::off);
    if (text == "stop") return std::optional<Autostop>(Autostop::stop);
    if (text == "suspend") return std::optional<Autostop>(Autostop::suspend);
  }
  return table.type_error(key, *node, "true, false, \"off\", \"stop\" or \"suspend\"");
}

Result<std::optional<TlsOptions>> read_tls_options(TableReader& parent) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* node, parent.subtable("tls_options"));
  if (!node) return std::optional<TlsOptions>();
  TableReader table(parent.context(), *node, parent.child("tls_options"));
  TlsOptions options;
  RAXOL_ASSIGN_OR_RETURN(auto alpn, table.strings("alpn"));
  options.alpn = alpn.value_or(StringList{});
  RAXOL_ASSIGN_OR_RETURN(auto versions, table.strings("versions"));
  options.versions = versions.value_or(StringList{});
  RAXOL_ASSIGN_OR_RETURN(options.default_self_signed, table.boolean("default_self_signed"));
  table.finish();
  return std::optional<TlsOptions>(std::move(options));
}

Result<std::optional<HttpResponseOptions>> read_response_options(TableReader& parent) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* node, parent.subtable("response"));
  if (!node) return std::optional<HttpResponseOptions>();
  TableReader table(parent.context(), *node, parent.child("response"));
  HttpResponseOptions response;
  RAXOL_ASSIGN_OR_RETURN(const toml::table* headers, table.subtable("headers"));
  if (headers) {
    for (auto&& [name, value] : *headers) {
      // A header is set to a string or a list of strings, or removed with `false`.
      bool valid = value.is_string() || value.is_boolean() || value.is_array();
      if (value.is_array())
        for (const auto& item : *value.as_array()) valid = valid && item.is_string();
      if (!valid)
        return config_error(parent.context().where(value.source()),
                            table.child("headers") + "." + std::string(name.str()),
                            "a string, a list of strings or false", describe(value));
      response.headers[std::string(name.str())] = to_json(value);
    }
  }
  RAXOL_ASSIGN_OR_RETURN(response.pristine, table.boolean("pristine"));
  table.finish();
  return std::optional<HttpResponseOptions>(std::move(response));
}

Result<std::optional<HttpOptions>> read_http_options(TableReader& parent) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* node, parent.subtable("http_options"));
  if (!node) return std::optional<HttpOptions>();
  TableReader table(parent.context(), *node, parent.child("http_options"));
  HttpOptions options;
  RAXOL_ASSIGN_OR_RETURN(options.compress, table.boolean("compress"));
  RAXOL_ASSIGN_OR_RETURN(options.h2_backend, table.boolean("h2_backend"));
  RAXOL_ASSIGN_OR_RETURN(options.idle_timeout, table.integer_in("idle_timeout", 0, 4294967295));
  RAXOL_ASSIGN_OR_RETURN(options.headers_read_timeout,
                         table.integer_in("headers_read_timeout", 0, 4294967295));
  RAXOL_ASSIGN_OR_RETURN(options.response, read_response_options(table));
  RAXOL_ASSIGN_OR_RETURN(auto caches, table.tables("replay_cache"));
  for (const auto& ref : caches) {
    TableReader cache_table(parent.context(), *ref.table, ref.path);
    ReplayCache cache;
    RAXOL_ASSIGN_OR_RETURN(auto prefix, cache_table.string("path_prefix"));
    cache.path_prefix = prefix.value_or("");
    RAXOL_ASSIGN_OR_RETURN(auto ttl, cache_table.integer_in("ttl_seconds", 0, kMaxCount));
    cache.ttl_seconds = ttl.value_or(0);
    RAXOL_ASSIGN_OR_RETURN(auto type, cache_table.string("type"));
    cache.type = type.value_or("");
    RAXOL_ASSIGN_OR_RETURN(auto name, cache_table.string("name"));
    cache.name = name.value_or("");
    RAXOL_ASSIGN_OR_RETURN(auto bypass, cache_table.boolean("allow_bypass"));
    cache.allow_bypass = bypass.value_or(false);
    cache_table.finish();
    options.replay_cache.push_back(std::move(cache));
  }
  table.finish();
  return std::optional<HttpOptions>(std::move(options));
}

Result<std::optional<Concurrency>> read_concurrency(TableReader& parent, bool allow_legacy) {
  const toml::node* node = parent.table().get("concurrency");
  if (!node) return std::optional<Concurrency>();
  const std::string expected = allow_legacy ? "a table or a \"soft,hard\" string" : "a table";
  if (allow_legacy && node->is_string()) {
    // Old fly.toml files wrote "soft,hard" request limits.
    parent.find("concurrency");
    const std::string& text = node->as_string()->get();
    auto comma = text.find(',');
    Concurrency concurrency;
    concurrency.type = "requests";
    auto parse = [](std::string_view part, std::int64_t& out) {
      auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
      return ec == std::errc() && end == part.data() + part.size() && !part.empty();
    };
    std::string_view view(text);
    if (comma == std::string::npos || !parse(view.substr(0, comma), concurrency.soft_limit) ||
        !parse(view.substr(comma + 1), concurrency.hard_limit))
      return parent.type_error("concurrency", *node, expected);
    return std::optional<Concurrency>(concurrency);
  }
  if (!node->is_table()) {
    parent.find("concurrency");
    return parent.type_error("concurrency", *node, expected);
  }
  RAXOL_ASSIGN_OR_RETURN(const toml::table* table_node, parent.subtable("concurrency"));
  TableReader table(parent.context(), *table_node, parent.child("concurrency"));
  Concurrency concurrency;
  RAXOL_ASSIGN_OR_RETURN(auto type, table.string("type"));
  concurrency.type = type.value_or("");
  RAXOL_ASSIGN_OR_RETURN(auto hard, table.integer_in("hard_limit", 0, kMaxCount));
  concurrency.hard_limit = hard.value_or(0);
  RAXOL_ASSIGN_OR_RETURN(auto soft, table.integer_in("soft_limit", 0, kMaxCount));
  concurrency.soft_limit = soft.value_or(0);
  table.finish();
  return std::optional<Concurrency>(concurrency);
}

Result<std::vector<ServiceCheck>> read_service_checks(TableReader& parent, std::string_view key,
                                                      const std::string& type) {
  std::vector<ServiceCheck> checks;
  RAXOL_ASSIGN_OR_RETURN(auto tables, parent.tables(key));
  for (const auto& ref : tables) {
    TableReader table(parent.context(), *ref.table, ref.path);
    ServiceCheck check;
    check.type = type;
    check.key = ref.path;
    RAXOL_TRY(read_check_timing(table, check.interval, check.timeout, check.grace_period));
    if (type == "http") {
      RAXOL_ASSIGN_OR_RETURN(check.method, table.string("method"));
      RAXOL_ASSIGN_OR_RETURN(check.path, table.string("path"));
      RAXOL_ASSIGN_OR_RETURN(check.protocol, table.string("protocol"));
      RAXOL_ASSIGN_OR_RETURN(check.tls_skip_verify, table.boolean("tls_skip_verify"));
      RAXOL_ASSIGN_OR_RETURN(check.tls_server_name, table.string("tls_server_name"));
      RAXOL_ASSIGN_OR_RETURN(check.headers, read_check_headers(table));
    }
    table.finish();
    checks.push_back(std::move(check));
  }
  return checks;
}

Result<ServicePort> read_port(TableReader& table) {
  ServicePort port;
  port.key = table.path();
  RAXOL_ASSIGN_OR_RETURN(port.port, table.integer_in("port", 1, kMaxPort, true));
  RAXOL_ASSIGN_OR_RETURN(port.start_port, table.integer_in("start_port", 1, kMaxPort));
  RAXOL_ASSIGN_OR_RETURN(port.end_port, table.integer_in("end_port", 1, kMaxPort));
  RAXOL_ASSIGN_OR_RETURN(auto handlers, table.strings("handlers"));
  port.handlers = handlers.value_or(StringList{});
  RAXOL_ASSIGN_OR_RETURN(auto force_https, table.boolean("force_https"));
  port.force_https = force_https.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(port.tls_options, read_tls_options(table));
  RAXOL_ASSIGN_OR_RETURN(port.http_options, read_http_options(table));
  RAXOL_ASSIGN_OR_RETURN(const toml::table* proxy, table.subtable("proxy_proto_options"));
  if (proxy) {
    TableReader proxy_table(table.context(), *proxy, table.child("proxy_proto_options"));
    RAXOL_ASSIGN_OR_RETURN(auto version, proxy_table.string("version"));
    port.proxy_proto_version = version.value_or("");
    proxy_table.finish();
  }
  table.finish();
  return port;
}

Result<Service> read_service(TableReader& table) {
  Service service;
  service.key = table.path();
  RAXOL_ASSIGN_OR_RETURN(auto protocol, table.string("protocol"));
  service.protocol = protocol.value_or("");
  if (protocol && *protocol != "tcp" && *protocol != "udp")
    return table.type_error("protocol", *table.table().get("protocol"), "\"tcp\" or \"udp\"");
  RAXOL_ASSIGN_OR_RETURN(auto internal_port, table.integer_in("internal_port", 1, kMaxPort, true));
  service.internal_port = internal_port.value_or(0);
  RAXOL_ASSIGN_OR_RETURN(service.auto_stop_machines, read_autostop(table, "auto_stop_machines"));
  RAXOL_ASSIGN_OR_RETURN(service.auto_start_machines, table.boolean("auto_start_machines"));
  RAXOL_ASSIGN_OR_RETURN(service.min_machines_running,
                         table.integer_in("min_machines_running", 0, kMaxCount));
  RAXOL_ASSIGN_OR_RETURN(auto ports, table.tables("ports"));
  for (const auto& ref : ports) {
    TableReader port_table(table.context(), *ref.table, ref.path);
    RAXOL_ASSIGN_OR_RETURN(auto port, read_port(port_table));
    service.ports.push_back(std::move(port));
  }
  RAXOL_ASSIGN_OR_RETURN(service.concurrency, read_concurrency(table, true));
  RAXOL_ASSIGN_OR_RETURN(service.tcp_checks, read_service_checks(table, "tcp_checks", "tcp"));
  RAXOL_ASSIGN_OR_RETURN(service.http_checks, read_service_checks(table, "http_checks", "http"));
  RAXOL_ASSIGN_OR_RETURN(service.machine_checks, read_machine_checks(table, "machine_checks"));
  RAXOL_ASSIGN_OR_RETURN(auto processes, table.strings("processes"));
  service.processes = processes.value_or(StringList{});
  table.finish();
  return service;
}

}  // namespace

Status read_check_timing(TableReader& table, std::optional<Duration>& interval,
                         std::optional<Duration>& timeout, std::optional<Duration>& grace_period) {
  // Old files (and the GraphQL API) give check durations as integer milliseconds.
  constexpr auto kMillisecond = std::chrono::milliseconds(1);
  RAXOL_ASSIGN_OR_RETURN(interval, table.duration("interval", kMillisecond));
  RAXOL_ASSIGN_OR_RETURN(timeout, table.duration("timeout", kMillisecond));
  RAXOL_ASSIGN_OR_RETURN(grace_period, table.duration("grace_period", kMillisecond));
  return {};
}

Result<StringMap> read_check_headers(TableReader& table) {
  StringMap headers;
  const toml::node* node = table.find("headers");
  if (!node) return headers;
  const std::string key = table.child("headers");
  if (node->is_table()) {
    return table.string_map("headers", true);
  }
  if (!node->is_array()) return table.type_error("headers", *node, "a table of headers");
  // Legacy form: [[...headers]] entries with `name` and `value`; `headers = []` means none.
  const auto& array = *node->as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    std::string item_key = key + "[" + std::to_string(i) + "]";
    const toml::node& item = array[i];
    const toml::node* name = item.is_table() ? item.as_table()->get("name") : nullptr;
    auto name_text = name ? scalar_text(*name) : std::optional<std::string>();
    if (!name_text)
      return config_error(table.context().where(item.source()), item_key,
                          "a table with a header name and value", describe(item));
    const toml::node* value = item.as_table()->get("value");
    auto value_text = value ? scalar_text(*value) : std::optional<std::string>("");
    if (!value_text)
      return config_error(table.context().where(value->source()), item_key + ".value", "a string",
                          describe(*value));
    headers[*name_text] = *value_text;
  }
  return headers;
}

Status load_http_service(TableReader& top, FlyConfig& config) {
  RAXOL_ASSIGN_OR_RETURN(const toml::table* node, top.subtable("http_service"));
  if (!node) return {};
  TableReader table(top.context(), *node, "http_service");
  HttpService service;
  RAXOL_ASSIGN_OR_RETURN(auto internal_port, table.integer_in("internal_port", 1, kMaxPort));
  if (!internal_port)
    return config_error(table.location(), "http_service.internal_port",
                        "an integer from 1 to 65535", "nothing");
  service.internal_port = *internal_port;
  RAXOL_ASSIGN_OR_RETURN(auto force_https, table.boolean("force_https"));
  service.force_https = force_https.value_or(false);
  RAXOL_ASSIGN_OR_RETURN(service.auto_stop_machines, read_autostop(table, "auto_stop_machines"));
  RAXOL_ASSIGN_OR_RETURN(service.auto_start_machines, table.boolean("auto_start_machines"));
  RAXOL_ASSIGN_OR_RETURN(service.min_machines_running,
                         table.integer_in("min_machines_running", 0, kMaxCount));
  RAXOL_ASSIGN_OR_RETURN(auto processes, table.strings("processes"));
  service.processes = processes.value_or(StringList{});
  RAXOL_ASSIGN_OR_RETURN(service.concurrency, read_concurrency(table, false));
  RAXOL_ASSIGN_OR_RETURN(service.tls_options, read_tls_options(table));
  RAXOL_ASSIGN_OR_RETURN(service.http_options, read_http_options(table));
  RAXOL_ASSIGN_OR_RETURN(service.checks, read_service_checks(table, "checks", "http"));
  RAXOL_ASSIGN_OR_RETURN(service.machine_checks, read_machine_checks(table, "machine_checks"));
  table.finish();
  config.http_service = std::move(service);
  return {};
}

Status load_services(TableReader& top, FlyConfig& config) {
  RAXOL_ASSIGN_OR_RETURN(auto tables, top.tables("services"));
  for (const auto& ref : tables) {
    if (ref.table->empty()) continue;  // flyctl drops a [[services]] without keys
    TableReader table(top.context(), *ref.table, ref.path);
    RAXOL_ASSIGN_OR_RETURN(auto service, read_service(table));
    config.services.push_back(std::move(service));
  }
  return {};
}

}  // namespace raxol::fly::detail
