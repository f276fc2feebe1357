// fly.toml as plain structs, after flyctl's legacy-format normalisation (internal/appconfig
// config.go + patches.go). std::optional marks values whose absence differs from their zero value
// (flyctl's pointers); every value read from the file has its location in FlyConfig::locations,
// keyed by the dotted path the user wrote ("services[1].ports[0].port").
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/source_location.h"
#include "util/durations.h"

namespace raxol::fly {

using StringList = std::vector<std::string>;
using StringMap = std::map<std::string, std::string>;

// `auto_stop_machines`: TOML accepts true/false/"off"/"stop"/"suspend".
enum class Autostop { off, stop, suspend };
const char* autostop_name(Autostop autostop);

struct TlsOptions {
  StringList alpn;
  StringList versions;
  std::optional<bool> default_self_signed;
};

struct ReplayCache {
  std::string path_prefix;
  std::int64_t ttl_seconds = 0;
  std::string type;  // "cookie" | "header"
  std::string name;
  bool allow_bypass = false;
};

struct HttpResponseOptions {
  nlohmann::json headers = nlohmann::json::object();  // name -> string | bool | [string]
  std::optional<bool> pristine;
};

struct HttpOptions {
  std::optional<bool> compress;
  std::optional<bool> h2_backend;
  std::optional<std::int64_t> idle_timeout;
  std::optional<std::int64_t> headers_read_timeout;
  std::optional<HttpResponseOptions> response;
  std::vector<ReplayCache> replay_cache;
};

struct Concurrency {
  std::string type;  // "connections" | "requests"
  std::int64_t hard_limit = 0;
  std::int64_t soft_limit = 0;
};

struct ServicePort {
  std::optional<std::int64_t> port;
  std::optional<std::int64_t> start_port;
  std::optional<std::int64_t> end_port;
  StringList handlers;
  bool force_https = false;
  std::optional<TlsOptions> tls_options;
  std::optional<HttpOptions> http_options;
  std::optional<std::string> proxy_proto_version;  // [proxy_proto_options] version
  std::string key;                                 // "services[0].ports[1]"
};

// A check inside a service: [[services.tcp_checks]], [[services.http_checks]] or
// [[http_service.checks]]. `type` is "tcp" or "http".
struct ServiceCheck {
  std::string type;
  std::optional<Duration> interval;
  std::optional<Duration> timeout;
  std::optional<Duration> grace_period;
  std::optional<std::string> method;
  std::optional<std::string> path;
  std::optional<std::string> protocol;
  std::optional<bool> tls_skip_verify;
  std::optional<std::string> tls_server_name;
  StringMap headers;
  std::string key;
};

// [[*.machine_checks]]: a command run in a throwaway machine before a deploy proceeds.
struct MachineCheck {
  StringList command;
  std::string image;
  std::optional<StringList> entrypoint;
  std::optional<std::string> kill_signal;
  std::optional<Duration> kill_timeout;
  std::string key;
};

struct HttpService {
  std::int64_t internal_port = 0;
  bool force_https = false;
  std::optional<Autostop> auto_stop_machines;
  std::optional<bool> auto_start_machines;
  std::optional<std::int64_t> min_machines_running;
  StringList processes;
  std::optional<Concurrency> concurrency;
  std::optional<TlsOptions> tls_options;
  std::optional<HttpOptions> http_options;
  std::vector<ServiceCheck> checks;
  std::vector<MachineCheck> machine_checks;
  std::string key = "http_service";
};

struct Service {
  std::string protocol;
  std::int64_t internal_port = 0;
  std::optional<Autostop> auto_stop_machines;
  std::optional<bool> auto_start_machines;
  std::optional<std::int64_t> min_machines_running;
  std::vector<ServicePort> ports;
  std::optional<Concurrency> concurrency;
  std::vector<ServiceCheck> tcp_checks;
  std::vector<ServiceCheck> http_checks;
  std::vector<MachineCheck> machine_checks;
  StringList processes;
  std::string key;  // "services[2]"
};

// [checks.NAME]: a machine-level check.
struct TopLevelCheck {
  std::string name;
  std::optional<std::int64_t> port;
  std::optional<std::string> type;  // "http" | "tcp", required by validation
  std::optional<Duration> interval;
  std::optional<Duration> timeout;
  std::optional<Duration> grace_period;
  std::optional<std::string> method;
  std::optional<std::string> path;
  std::optional<std::string> protocol;
  std::optional<bool> tls_skip_verify;
  std::optional<std::string> tls_server_name;
  StringMap headers;
  StringList processes;
  std::string key;  // "checks.NAME"
};

struct Mount {
  std::string source;
  std::string destination;
  std::string initial_size;  // as written; validated with parse_volume_gb
  std::optional<std::int64_t> snapshot_retention;
  std::optional<bool> scheduled_snapshots;
  std::int64_t auto_extend_size_threshold = 0;
  std::string auto_extend_size_increment;
  std::string auto_extend_size_limit;
  StringList processes;
  std::string key;  // "mounts[0]" or "mount"
};

// [[vm]] / [vm] / [[compute]] and [deploy.release_command_vm]: a size preset plus overrides.
struct Compute {
  std::string size;
  std::string memory;                      // as written ("1gb", "512")
  std::optional<std::int64_t> memory_mib;  // `memory` parsed
  std::string cpu_kind;
  std::int64_t cpus = 0;
  std::int64_t memory_mb = 0;
  std::int64_t max_memory_mb = 0;
  std::int64_t gpus = 0;
  std::string gpu_kind;
  std::string host_dedication_id;
  StringList kernel_args;
  std::string persist_rootfs;
  StringList processes;
  std::string key;  // "vm[0]", "vm", "compute[0]", "deploy.release_command_vm"
};

struct Restart {
  std::string policy;  // "always" | "never" | "on-failure"
  std::int64_t retries = 0;
  StringList processes;
  std::string key;
};

struct Static {
  std::string guest_path;
  std::string url_prefix;
  std::string tigris_bucket;
  std::string index_document;
  std::string key;
};

struct Metrics {
  std::int64_t port = 0;
  std::string path;
  bool https = false;
  StringList processes;
  std::string key;
};

struct File {
  std::string guest_path;
  std::string local_path;
  std::string secret_name;
  std::string raw_value;  // plain text in fly.toml; base64 on the wire
  StringList processes;
  std::string key;
};

struct Build {
  std::string builder;
  StringMap args;
  StringList buildpacks;
  std::string image;
  nlohmann::json settings = nlohmann::json::object();
  std::string builtin;
  std::string dockerfile;
  std::string ignorefile;
  std::string build_target;  // `build-target`, legacy `build_target`
  std::string compose_file;  // [build.compose] file
  std::string compression;
  std::optional<std::int64_t> compression_level;
};

struct Deploy {
  std::string strategy;  // rolling | immediate | canary | bluegreen (checked by validation)
  std::optional<double> max_unavailable;
  std::optional<Duration> wait_timeout;
  std::string release_command;
  std::optional<Duration> release_command_timeout;
  bool release_command_timeout_none = false;  // "none": wait forever
  std::optional<Compute> release_command_vm;
  std::string seed_command;
};

struct Experimental {
  std::optional<StringList> cmd;
  std::optional<StringList> entrypoint;
  std::optional<StringList> exec;
  bool auto_rollback = false;
  bool enable_consul = false;
  bool enable_etcd = false;
  bool lazy_load_images = false;
  bool use_zstd = false;
  StringMap attached_secrets_export;
  std::string machine_config;  // inline JSON or a path to a .json file
};

struct FlyConfig {
  std::string file;                // as the user named it, for messages
  std::filesystem::path base_dir;  // the fly.toml's folder: [[files]] local_path, machine_config

  std::string app;
  std::string primary_region;
  std::optional<std::string> kill_signal;
  std::optional<Duration> kill_timeout;
  std::optional<std::int64_t> swap_size_mb;
  std::string console_command;
  std::string host_dedication_id;
  std::string machine_config;  // top level, same forms as experimental.machine_config

  std::optional<Experimental> experimental;
  std::optional<Build> build;
  std::optional<Deploy> deploy;
  StringMap env;
  StringMap processes;
  std::vector<Mount> mounts;
  std::optional<HttpService> http_service;
  std::vector<Service> services;
  std::map<std::string, TopLevelCheck> checks;
  std::vector<File> files;
  std::vector<MachineCheck> machine_checks;
  std::vector<Restart> restart;
  std::vector<Compute> vm;  // [[compute]] entries first, then [[vm]] (flyctl's order)
  std::vector<Static> statics;
  std::vector<Metrics> metrics;

  // Where each value was written, by dotted path.
  std::map<std::string, SourceLocation> locations;

  // The location of `key`, or of its nearest enclosing table, or just the file.
  SourceLocation location(const std::string& key) const;
};

}  // namespace raxol::fly
