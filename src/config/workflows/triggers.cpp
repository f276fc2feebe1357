// The `on:` key in its three forms. GitHub's own reading is the reference: an event name, a
// list of event names, or a map whose values may be null (`workflow_dispatch:` with nothing
// after it), a filter map, or for `schedule` a list of {cron}.
#include <utility>

#include "config/workflows/yaml_nodes.h"

namespace raxol::workflows {
namespace {

// Keys of an event's filter map that hold string lists, and the Trigger field each fills.
const std::vector<std::pair<std::string, std::vector<std::string> Trigger::*>>& list_filters() {
  static const std::vector<std::pair<std::string, std::vector<std::string> Trigger::*>> filters = {
      {"branches", &Trigger::branches}, {"branches-ignore", &Trigger::branches_ignore},
      {"tags", &Trigger::tags},         {"tags-ignore", &Trigger::tags_ignore},
      {"paths", &Trigger::paths},       {"paths-ignore", &Trigger::paths_ignore},
      {"types", &Trigger::types},       {"workflows", &Trigger::workflows},
  };
  return filters;
}

std::vector<std::string> map_keys(const YAML::Node& node, const SourceLocation& where,
                                  const std::string& path, Diagnostics& diagnostics) {
  std::vector<std::string> keys;
  if (node.IsNull()) return keys;
  if (!node.IsMap()) {
    diagnostics.push_back({where, path, "expected a mapping, found " + describe(node)});
    return keys;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string key;
    if (scalar_text(it->first, key)) keys.push_back(key);
  }
  return keys;
}

void read_schedule(const YAML::Node& value, Trigger& trigger, const std::string& file,
                   Diagnostics& diagnostics) {
  if (!value.IsSequence()) {
    diagnostics.push_back(
        {trigger.where, "on.schedule", "expected a list of {cron: ...}, found " + describe(value)});
    return;
  }
  for (const auto& entry : value) {
    std::string cron;
    if (entry.IsMap() && entry["cron"] && scalar_text(entry["cron"], cron) && !cron.empty())
      trigger.crons.push_back(cron);
    else
      diagnostics.push_back({location_of(entry, file), "on.schedule",
                             "expected {cron: \"...\"}, found " + describe(entry)});
  }
}

Trigger read_event(const YAML::Node& key, const YAML::Node& value, const std::string& event,
                   const std::string& file, Diagnostics& diagnostics) {
  Trigger trigger;
  trigger.event = event;
  trigger.where = location_of(key, file);
  const std::string path = "on." + event;
  if (value.IsNull()) return trigger;
  if (event == "schedule") {
    read_schedule(value, trigger, file, diagnostics);
    return trigger;
  }
  if (!value.IsMap()) {
    diagnostics.push_back({trigger.where, path, "expected a mapping, found " + describe(value)});
    return trigger;
  }
  for (const auto& [name, field] : list_filters())
    if (value[name])
      trigger.*field = string_list(value[name], trigger.where, path + "." + name, diagnostics);
  if (value["inputs"])
    trigger.inputs = map_keys(value["inputs"], trigger.where, path + ".inputs", diagnostics);
  if (value["secrets"])
    trigger.secrets = map_keys(value["secrets"], trigger.where, path + ".secrets", diagnostics);
  return trigger;
}

}  // namespace

std::vector<Trigger> read_triggers(const YAML::Node& key, const YAML::Node& on,
                                   const std::string& file, Diagnostics& diagnostics) {
  std::vector<Trigger> triggers;
  std::string name;
  if (on.IsScalar() && scalar_text(on, name)) {
    Trigger trigger;
    trigger.event = name;
    trigger.where = location_of(on, file);
    triggers.push_back(trigger);
  } else if (on.IsSequence()) {
    for (const auto& item : on) {
      if (!scalar_text(item, name) || item.IsNull()) {
        diagnostics.push_back(
            {location_of(item, file), "on", "expected an event name, found " + describe(item)});
        continue;
      }
      Trigger trigger;
      trigger.event = name;
      trigger.where = location_of(item, file);
      triggers.push_back(trigger);
    }
  } else if (on.IsMap()) {
    for (auto it = on.begin(); it != on.end(); ++it) {
      if (!scalar_text(it->first, name)) continue;
      triggers.push_back(read_event(it->first, it->second, name, file, diagnostics));
    }
  } else {
    diagnostics.push_back({location_of(key, file), "on",
                           "expected an event name, a list or a mapping, found " + describe(on)});
  }
  return triggers;
}

nlohmann::json triggers_to_json(const std::vector<Trigger>& triggers) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& trigger : triggers) {
    nlohmann::json& entry = json[trigger.event];
    if (entry.is_null()) entry = nlohmann::json::object();
    for (const auto& [name, field] : list_filters())
      if (!(trigger.*field).empty()) entry[name] = trigger.*field;
    if (!trigger.crons.empty()) entry["crons"] = trigger.crons;
    if (!trigger.inputs.empty()) entry["inputs"] = trigger.inputs;
    if (!trigger.secrets.empty()) entry["secrets"] = trigger.secrets;
  }
  return json;
}

}  // namespace raxol::workflows
