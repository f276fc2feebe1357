#include "targets/fly/deploy/deploy_model.h"

#include "targets/fly/build/build_steps.h"

namespace raxol::fly {

const char* action_name(MachineChange::Action action) {
  switch (action) {
    case MachineChange::Action::update: return "update";
    case MachineChange::Action::create: return "create";
    case MachineChange::Action::destroy: return "destroy";
  }
  return "update";
}

std::string MachineChange::plan_detail() const {
  std::string where = group + " in " + region;
  switch (action) {
    case Action::create:
      return where;
    case Action::destroy:
      return where + ", its process group left fly.toml";
    case Action::update: {
      std::string image_after = config_after.value("image", std::string());
      std::string text = where + ", ";
      text += image_before != image_after ? image_before + " -> " + image_after : "config changed";
      if (keeps_stopped()) text += " (stays " + state_before + ")";
      return text;
    }
  }
  return {};
}

nlohmann::json MachineChange::to_json() const {
  nlohmann::json json = {{"action", action_name(action)}, {"machine_id", machine_id},
                         {"group", group},                {"region", region},
                         {"state_before", state_before},  {"image_before", image_before},
                         {"image_after", config_after.value("image", std::string())},
                         {"release_before", release_before}};
  return json;
}

nlohmann::json FlyPlanDetail::to_json() const {
  nlohmann::json changes_json = nlohmann::json::array();
  for (const auto& change : changes) changes_json.push_back(change.to_json());
  return {{"app", inputs.app},
          {"app_exists", app_exists},
          {"allocate_ips", allocate_ips},
          {"image", inputs.image},
          {"strategy", kStrategyNames.name(inputs.strategy)},
          {"max_unavailable", inputs.max_unavailable},
          {"wait_timeout_seconds", inputs.wait_timeout.count()},
          {"release_command", inputs.release_command},
          {"current_release", current_release},
          {"machines", changes_json},
          {"unchanged_machines", unchanged},
          {"build", inputs.build ? build_to_json(*inputs.build) : nlohmann::json()}};
}

std::shared_ptr<FlyPlanDetail> FlyPlanDetail::pinned_to(const std::string& reference) const {
  auto pinned = std::make_shared<FlyPlanDetail>(*this);
  for (auto& change : pinned->changes)
    if (change.action != MachineChange::Action::destroy && !pinned->inputs.restart_only)
      change.config_after["image"] = reference;
  if (pinned->inputs.description == "deploy " + pinned->inputs.image)
    pinned->inputs.description = "deploy " + reference;
  pinned->inputs.image = reference;
  pinned->inputs.build.reset();
  return pinned;
}

namespace {
nlohmann::json without_release_keys(nlohmann::json config) {
  if (config.contains("metadata") && config["metadata"].is_object()) {
    for (const char* key : {"fly_release_id", "fly_release_version", "fly_flyctl_version"})
      config["metadata"].erase(key);
  }
  return config;
}
}  // namespace

bool same_machine_config(const nlohmann::json& a, const nlohmann::json& b) {
  return without_release_keys(a) == without_release_keys(b);
}

nlohmann::json release_metadata(const DeployInputs& inputs) {
  nlohmann::json groups = nlohmann::json::object();
  for (const auto& [group, config] : inputs.group_configs) groups[group] = config;
  return {{"raxol_deploy",
           {{"image", inputs.image},
            {"image_digest", reference_digest(inputs.image)},
            {"strategy", kStrategyNames.name(inputs.strategy)},
            {"description", inputs.description},
            {"user", inputs.user},
            {"primary_region", inputs.primary_region},
            {"release_command", inputs.release_command},
            {"release_command_config", inputs.release_command_config},
            {"group_configs", groups},
            {"secret_digests", inputs.secret_digests}}}};
}

Result<DeployInputs> inputs_from_release_metadata(const nlohmann::json& metadata) {
  if (!metadata.is_object() || !metadata.contains("raxol_deploy") ||
      !metadata["raxol_deploy"].is_object())
    return make_error(ErrorKind::not_found,
                      "the release holds no raxol-deploy record (was it made by another tool?)");
  const auto& stored = metadata["raxol_deploy"];
  DeployInputs inputs;
  inputs.image = stored.value("image", std::string());
  inputs.strategy =
      kStrategyNames.parse(stored.value("strategy", std::string())).value_or(Strategy::rolling);
  inputs.primary_region = stored.value("primary_region", std::string("sjc"));
  inputs.release_command = stored.value("release_command", std::string());
  inputs.release_command_config = stored.value("release_command_config", nlohmann::json());
  const auto& groups = stored.value("group_configs", nlohmann::json::object());
  for (auto it = groups.begin(); it != groups.end(); ++it)
    inputs.group_configs[it.key()] = it.value();
  if (inputs.image.empty() || inputs.group_configs.empty())
    return make_error(ErrorKind::not_found, "the release record has no image or machine config");
  return inputs;
}

}  // namespace raxol::fly
