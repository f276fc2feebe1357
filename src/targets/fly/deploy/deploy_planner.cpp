#include "targets/fly/deploy/deploy_planner.h"

#include <algorithm>
#include <future>
#include <set>

namespace raxol::fly {

namespace {

constexpr const char* kReleaseGroup = "fly_app_release_command";

bool reserved_group(const std::string& group) {
  return group == kReleaseGroup || group == "fly_app_console" ||
         group == "fly_app_test_machine_command";
}

bool gone(const std::string& state) { return state == "destroyed" || state == "destroying"; }

bool has_services(const nlohmann::json& config) {
  return config.contains("services") && config["services"].is_array() &&
         !config["services"].empty();
}

}  // namespace

bool is_app_machine(const Machine& machine) {
  return machine.metadata("fly_platform_version") == "v2" && !reserved_group(machine.process_group()) &&
         !gone(machine.state) && machine.metadata("fly_canary").empty();
}

bool is_release_command_machine(const Machine& machine) {
  return machine.process_group() == kReleaseGroup && !gone(machine.state);
}

std::string current_release_label(const std::vector<FlyRelease>& releases) {
  for (const auto& release : releases)  // newest first
    if (release.status == ReleaseStatus::complete) return "v" + std::to_string(release.version);
  return {};
}

Result<Plan> plan_deploy(MachinesClient& machines, WebClient& web, DeployInputs inputs,
                         const std::string& target_name, const ConfigMerger& merge) {
  auto detail = std::make_shared<FlyPlanDetail>();
  // Three independent reads: at once, not one after the other.
  auto app_read = std::async(std::launch::async, [&] { return machines.get_app(inputs.app); });
  auto machines_read =
      std::async(std::launch::async, [&] { return machines.list_machines(inputs.app); });
  auto releases = web.list_releases(inputs.app, 25);
  auto app = app_read.get();
  auto listed = machines_read.get();
  if (!app.ok() && app.error().kind != ErrorKind::not_found) return app.error();
  detail->app_exists = app.ok();

  std::vector<Machine> existing;
  std::vector<std::string> leftovers;
  if (detail->app_exists) {
    if (!listed.ok()) return listed.error();
    for (auto& machine : *listed) {
      if (is_app_machine(machine)) existing.push_back(std::move(machine));
      else if (is_release_command_machine(machine)) leftovers.push_back(machine.id);
    }
    if (releases.ok()) detail->current_release = current_release_label(*releases);
    else if (releases.error().kind != ErrorKind::not_found) return releases.error();
  }
  std::sort(existing.begin(), existing.end(),
            [](const Machine& a, const Machine& b) { return a.id < b.id; });

  std::set<std::string> groups_with_machines;
  for (const auto& machine : existing) {
    const std::string group = machine.process_group();
    auto desired = inputs.group_configs.find(group);
    MachineChange change;
    change.machine_id = machine.id;
    change.group = group;
    change.region = machine.region;
    change.state_before = machine.state;
    change.image_before = machine.image();
    std::string version = machine.metadata("fly_release_version");
    change.release_before = version.empty() ? std::string() : "v" + version;
    change.config_before = machine.config;
    if (inputs.restart_only) {
      // Each machine keeps its own config; the update restarts it with the new secrets.
      change.config_after = machine.config;
      change.action = MachineChange::Action::update;
      detail->changes.push_back(std::move(change));
      continue;
    }
    if (desired == inputs.group_configs.end()) {
      change.action = MachineChange::Action::destroy;
      detail->changes.push_back(std::move(change));
      continue;
    }
    groups_with_machines.insert(group);
    nlohmann::json wanted = desired->second;
    wanted["image"] = inputs.image;
    change.config_after = merge(group, wanted, machine.config);
    if (!inputs.force && same_machine_config(change.config_after, machine.config)) {
      detail->unchanged.push_back(machine.id);
      continue;
    }
    change.action = MachineChange::Action::update;
    detail->changes.push_back(std::move(change));
  }
  for (const auto& [group, config] : inputs.group_configs) {
    if (inputs.restart_only || groups_with_machines.count(group)) continue;
    // As flyctl --ha: two machines for a group that serves traffic, one otherwise.
    int count = has_services(config) ? 2 : 1;
    for (int i = 0; i < count; ++i) {
      MachineChange change;
      change.action = MachineChange::Action::create;
      change.group = group;
      change.region = inputs.primary_region;
      change.config_after = config;
      change.config_after["image"] = inputs.image;
      detail->changes.push_back(std::move(change));
    }
  }
  // Updates first (grouped), then creates, destroys last: only once everything else worked.
  std::stable_sort(detail->changes.begin(), detail->changes.end(),
                   [](const MachineChange& a, const MachineChange& b) {
                     return static_cast<int>(a.action) < static_cast<int>(b.action);
                   });

  Plan plan;
  plan.target = target_name;
  plan.kind = "fly";
  bool changes = !detail->changes.empty();
  if (changes) {
    if (!detail->app_exists)
      plan.steps.push_back({"create", "app " + inputs.app, "in organization " + inputs.org});
    // As flyctl's first deploy: an app that serves traffic needs public addresses.
    for (const auto& [group, config] : inputs.group_configs)
      detail->allocate_ips = detail->allocate_ips || (!detail->app_exists && has_services(config));
    if (detail->allocate_ips)
      plan.steps.push_back({"allocate", "IP addresses", "a shared IPv4 and an IPv6"});
    size_t to_lease = 0;
    for (const auto& change : detail->changes)
      to_lease += change.action == MachineChange::Action::create ? 0 : 1;
    if (to_lease > 0)
      plan.steps.push_back({"lease", std::to_string(to_lease) + " machines",
                            "TTL 13s, refreshed every 4s, released at the end"});
    plan.steps.push_back({"record", "release",
                          "new release of " + inputs.image + " (" + std::string(kStrategyNames.name(inputs.strategy)) + ")"});
    if (!inputs.release_command.empty())
      plan.steps.push_back({"run", "release command",
                            "`" + inputs.release_command + "` in a temporary machine (" +
                                inputs.primary_region + ")"});
    for (const auto& change : detail->changes)
      plan.steps.push_back({action_name(change.action),
                            change.machine_id.empty() ? "machine" : change.machine_id,
                            change.plan_detail()});
  }
  detail->inputs = std::move(inputs);
  plan.summary = {{"app", detail->inputs.app},
                  {"image", detail->inputs.image},
                  {"strategy", kStrategyNames.name(detail->inputs.strategy)},
                  {"current_release", detail->current_release},
                  {"machines_changed", detail->changes.size()},
                  {"machines_unchanged", detail->unchanged.size()}};
  detail->leftover_release_machines = leftovers;
  plan.detail = detail;
  return plan;
}

}  // namespace raxol::fly
