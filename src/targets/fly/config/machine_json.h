// Pieces of the Machines API wire form (fly-go machine_types.go), built from the fly.toml model.
// Go's omitempty is copied: zero values are left out, except where the API types say otherwise
// (`force_instance_key: null` in every service, all four fields of a static).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "raxol/result.h"
#include "targets/fly/config/fly_config.h"

namespace raxol::fly::detail {

using nlohmann::json;

// http_service as the [[services]] entry flyctl turns it into: ports 80 ["http"] (with
// force_https) and 443 ["http", "tls"] (with tls_options); http_options on both.
Service http_service_as_service(const HttpService& http_service);

json service_json(const Service& service);
json port_json(const ServicePort& port);
json tls_options_json(const TlsOptions& options);
json http_options_json(const HttpOptions& options);
json service_check_json(const ServiceCheck& check);
// A [checks.NAME] entry, port left as written (the caller fills it from http_service).
Result<json> top_level_check_json(const FlyConfig& config, const TopLevelCheck& check);
// flyctl's computeToGuest: the size preset, then `memory`, then every explicit field.
json guest_json(const Compute& compute, const std::string& host_dedication_id);
json mount_json(const Mount& mount);
json static_json(const Static& entry);
json metrics_json(const Metrics& metrics);  // null when the section sets nothing
Result<json> restart_json(const FlyConfig& config, const Restart& restart);
json stop_config_json(const FlyConfig& config);  // null when neither kill_* is set
// [[files]] merged by guest_path (later entries win); local files are read and base64-encoded.
Result<json> files_json(const FlyConfig& config, const std::vector<File>& files);
json headers_json(const StringMap& headers);

// Sets `object[key] = value`, or removes the key when `value` is null or empty (omitempty).
void set_or_erase(json& object, const std::string& key, json value);
// An object of the fields that are set, in Go's omitempty sense (as set_or_erase).
json omitempty_object(std::initializer_list<std::pair<const char*, json>> fields);

}  // namespace raxol::fly::detail
