#include "targets/fly/api/fly_types.h"

#include "util/json_fields.h"

namespace raxol::fly {

Machine Machine::from_json(const nlohmann::json& json) {
  Machine machine;
  if (!json.is_object()) return machine;
  machine.id = string_field(json, "id");
  machine.name = string_field(json, "name");
  machine.state = string_field(json, "state");
  machine.region = string_field(json, "region");
  machine.instance_id = string_field(json, "instance_id");
  machine.private_ip = string_field(json, "private_ip");
  machine.host_status = string_field(json, "host_status");
  machine.updated_at = string_field(json, "updated_at");
  machine.lease_nonce = string_field(json, "nonce");
  if (json.contains("config") && json["config"].is_object()) machine.config = json["config"];
  if (json.contains("events") && json["events"].is_array()) machine.events = json["events"];
  if (json.contains("checks") && json["checks"].is_array())
    for (const auto& check : json["checks"])
      machine.checks.push_back(
          {string_field(check, "name"), string_field(check, "status"), string_field(check, "output")});
  return machine;
}

std::string Machine::image() const { return string_field(config, "image"); }

std::string Machine::metadata(const std::string& key) const {
  if (!config.contains("metadata") || !config["metadata"].is_object()) return {};
  return string_field(config["metadata"], key.c_str());
}

std::string Machine::process_group() const {
  std::string group = metadata("fly_process_group");
  if (group.empty()) group = metadata("process_group");
  return group.empty() ? "app" : group;
}

bool Machine::has_checks_configured() const {
  if (config.contains("checks") && config["checks"].is_object() && !config["checks"].empty())
    return true;
  if (config.contains("services") && config["services"].is_array())
    for (const auto& service : config["services"])
      if (service.contains("checks") && service["checks"].is_array() && !service["checks"].empty())
        return true;
  return false;
}

int Machine::passing_checks() const {
  int passing = 0;
  for (const auto& check : checks) passing += check.status == "passing" ? 1 : 0;
  return passing;
}

bool Machine::all_checks_passing() const {
  return !checks.empty() && passing_checks() == static_cast<int>(checks.size());
}

std::optional<int> Machine::last_exit_code() const {
  // Events are newest first: an exit counts only if no start came after it.
  for (const auto& event : events) {
    std::string type = string_field(event, "type");
    if (type == "start" || type == "launch") return std::nullopt;
    if (type != "exit") continue;
    // fly-go reads request.MonitorEvent.exit_event first, then request.exit_event.
    const nlohmann::json& request = event.contains("request") ? event["request"] : event;
    for (const char* holder : {"MonitorEvent", ""}) {
      const nlohmann::json& source =
          *holder != '\0' && request.contains(holder) ? request[holder] : request;
      if (source.contains("exit_event") && source["exit_event"].contains("exit_code") &&
          source["exit_event"]["exit_code"].is_number_integer())
        return source["exit_event"]["exit_code"].get<int>();
    }
  }
  return std::nullopt;
}

}  // namespace raxol::fly
