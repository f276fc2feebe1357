#include "sandbox/cloudflare_pages/env_vars.h"

#include <regex>

namespace raxol::sandbox::cloudflare_pages {

namespace {

// The emulator's rule for names (the service does not document one): what a shell accepts.
bool valid_name(const std::string& name) {
  static const std::regex pattern("[A-Za-z_][A-Za-z0-9_]{0,255}");
  return std::regex_match(name, pattern);
}

// The problem with one entry of a PATCH ("" when it is a valid change).
std::string entry_problem(const std::string& env, const std::string& name, const json& entry) {
  const std::string where = "deployment_configs." + env + ".env_vars." + name;
  if (!valid_name(name))
    return "Invalid environment variable name '" + name +
           "': use letters, digits and underscores, not starting with a digit";
  if (entry.is_null()) return {};
  if (!entry.is_object()) return where + " must be an object with type and value, or null";
  const std::string type = entry.value("type", "");
  if (type != "plain_text" && type != "secret_text")
    return where + ".type must be plain_text or secret_text";
  if (!entry.contains("value") || !entry["value"].is_string())
    return where + ".value must be a string";
  if (entry["value"].get_ref<const std::string&>().size() > kMaxEnvVarValueBytes)
    return where + ".value is larger than 5 KiB";
  return {};
}

}  // namespace

std::string merge_env_vars(json& project, const json& deployment_configs) {
  if (!deployment_configs.is_object()) return "deployment_configs must be an object";
  json merged = project.value("env_vars", json::object());
  for (const auto& [env, config] : deployment_configs.items()) {
    if (env != "production" && env != "preview")
      return "deployment_configs has only production and preview, not '" + env + "'";
    if (!config.is_object()) return "deployment_configs." + env + " must be an object";
    if (!config.contains("env_vars") || config["env_vars"].is_null()) continue;
    const json& changes = config["env_vars"];
    if (!changes.is_object()) return "deployment_configs." + env + ".env_vars must be an object";
    json& target = merged[env];
    if (!target.is_object()) target = json::object();
    for (const auto& [name, entry] : changes.items()) {
      if (std::string problem = entry_problem(env, name, entry); !problem.empty()) return problem;
      if (entry.is_null())
        target.erase(name);
      else
        target[name] = {{"type", entry["type"]}, {"value", entry["value"]}};
    }
    if (target.size() > kMaxEnvVarsPerEnvironment)
      return "The " + env + " environment would have " + std::to_string(target.size()) +
             " environment variables; the limit is " + std::to_string(kMaxEnvVarsPerEnvironment);
  }
  project["env_vars"] = std::move(merged);
  return {};
}

json env_vars_view(const json& stored) {
  if (!stored.is_object() || stored.empty()) return nullptr;
  json view = json::object();
  for (const auto& [name, entry] : stored.items()) {
    const bool secret = entry.value("type", "") == "secret_text";
    view[name] = {{"type", entry.value("type", "plain_text")},
                  {"value", secret ? std::string() : entry.value("value", "")}};
  }
  return view;
}

}  // namespace raxol::sandbox::cloudflare_pages
