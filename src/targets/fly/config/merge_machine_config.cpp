// Updating an existing machine: fly.toml owns some fields, `fly machine update`/`fly scale` own
// the rest, and a deploy must not undo the latter (flyctl's updateMachineConfig with a source).
#include "targets/fly/config/machine_config.h"

namespace raxol::fly {

namespace {

using nlohmann::json;

// Go's json.Unmarshal into an existing struct: objects merge key by key, anything else replaces.
void merge_into(json& target, const json& source) {
  if (!target.is_object() || !source.is_object()) {
    target = source;
    return;
  }
  for (const auto& [key, value] : source.items()) {
    if (target.contains(key) && target[key].is_object() && value.is_object()) {
      merge_into(target[key], value);
    } else {
      target[key] = value;
    }
  }
}

}  // namespace

json merge_machine_config(const json& converted, const json& existing, bool fly_toml_sets_guest) {
  static const char* const kManaged[] = {"env",     "services", "checks",  "mounts",     "statics",
                                         "metrics", "files",    "restart", "stop_config"};
  static const char* const kManagedInit[] = {"cmd", "entrypoint", "exec", "swap_size_mb"};

  json result = existing.is_object() ? existing : json::object();
  for (const char* key : kManaged) result.erase(key);
  if (!result.contains("init") || !result["init"].is_object()) result["init"] = json::object();
  for (const char* key : kManagedInit) result["init"].erase(key);
  if (fly_toml_sets_guest) result.erase("guest");

  // Everything else in `converted` came from fly.toml's machine_config or the fly_* metadata;
  // it is merged over what the machine has, so user metadata and unmanaged settings survive.
  merge_into(result, converted);
  return result;
}

}  // namespace raxol::fly
