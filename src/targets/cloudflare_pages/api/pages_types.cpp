#include "targets/cloudflare_pages/api/pages_types.h"

#include "util/json_fields.h"

namespace raxol::cloudflare_pages {

namespace {

Stage stage_from_json(const nlohmann::json& json) {
  return Stage{string_field(json, "name"), string_field(json, "status"), string_field(json, "started_on"),
               string_field(json, "ended_on")};
}

}  // namespace

bool Deployment::failed() const {
  auto bad = [](const Stage& stage) {
    return stage.status == "failure" || stage.status == "canceled";
  };
  if (bad(latest_stage)) return true;
  for (const auto& stage : stages)
    if (bad(stage)) return true;
  return false;
}

std::string Deployment::stage_text() const {
  if (latest_stage.name.empty()) return "unknown";
  return latest_stage.name + ": " + latest_stage.status;
}

std::string Deployment::preferred_url() const {
  for (const auto& alias : aliases)
    if (alias.size() > 10 && alias.compare(alias.size() - 10, 10, ".pages.dev") == 0) return alias;
  return url;
}

Deployment deployment_from_json(const nlohmann::json& json) {
  Deployment deployment;
  deployment.id = string_field(json, "id");
  deployment.short_id = string_field(json, "short_id");
  if (deployment.short_id.empty()) deployment.short_id = deployment.id.substr(0, 8);
  deployment.project_name = string_field(json, "project_name");
  deployment.environment = string_field(json, "environment");
  deployment.url = string_field(json, "url");
  deployment.created_on = string_field(json, "created_on");
  if (json.is_object() && json.contains("aliases") && json["aliases"].is_array())
    for (const auto& alias : json["aliases"])
      if (alias.is_string()) deployment.aliases.push_back(alias.get<std::string>());
  if (json.is_object() && json.contains("deployment_trigger")) {
    const auto& trigger = json["deployment_trigger"];
    deployment.trigger_type = string_field(trigger, "type");
    const auto& metadata =
        trigger.is_object() ? trigger.value("metadata", nlohmann::json()) : nlohmann::json();
    deployment.branch = string_field(metadata, "branch");
    deployment.commit_hash = string_field(metadata, "commit_hash");
    deployment.commit_message = string_field(metadata, "commit_message");
    if (metadata.is_object() && metadata.contains("commit_dirty") &&
        metadata["commit_dirty"].is_boolean())
      deployment.commit_dirty = metadata["commit_dirty"].get<bool>();
  }
  if (json.is_object() && json.contains("latest_stage"))
    deployment.latest_stage = stage_from_json(json["latest_stage"]);
  if (json.is_object() && json.contains("stages") && json["stages"].is_array())
    for (const auto& stage : json["stages"]) deployment.stages.push_back(stage_from_json(stage));
  return deployment;
}

Project project_from_json(const nlohmann::json& json) {
  Project project;
  project.name = string_field(json, "name");
  project.subdomain = string_field(json, "subdomain");
  if (project.subdomain.empty()) project.subdomain = project.name + ".pages.dev";
  project.production_branch = string_field(json, "production_branch");
  project.created_on = string_field(json, "created_on");
  for (auto [key, slot] : {std::pair{"canonical_deployment", &project.canonical},
                           std::pair{"latest_deployment", &project.latest}}) {
    if (json.is_object() && json.contains(key) && json[key].is_object())
      *slot = deployment_from_json(json[key]);
  }
  const auto configs = json.is_object() ? json.value("deployment_configs", nlohmann::json())
                                        : nlohmann::json();
  for (const char* env : {"production", "preview"}) {
    if (!configs.is_object() || !configs.contains(env) || !configs[env].is_object()) continue;
    const auto& vars = configs[env].value("env_vars", nlohmann::json());
    if (!vars.is_object()) continue;
    auto& types = project.env_var_types[env];
    for (const auto& [name, entry] : vars.items())
      if (entry.is_object()) types[name] = string_field(entry, "type");
  }
  return project;
}

nlohmann::json deployment_summary(const Deployment& deployment) {
  return {{"id", deployment.id},
          {"short_id", deployment.short_id},
          {"environment", deployment.environment},
          {"url", deployment.url},
          {"aliases", deployment.aliases},
          {"branch", deployment.branch},
          {"commit_hash", deployment.commit_hash},
          {"created_on", deployment.created_on},
          {"stage", deployment.stage_text()}};
}

}  // namespace raxol::cloudflare_pages
