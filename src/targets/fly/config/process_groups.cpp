#include "targets/fly/config/process_groups.h"

#include <algorithm>

namespace raxol::fly {

namespace {

template <class T>
std::vector<T> only_for_group(const FlyConfig& config, const std::string& group,
                              const std::vector<T>& items) {
  std::vector<T> kept;
  for (const auto& item : items) {
    if (!applies_to_group(config, group, item.processes)) continue;
    kept.push_back(item);
    kept.back().processes = {group};
  }
  return kept;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::vector<std::string> process_group_names(const FlyConfig& config) {
  std::vector<std::string> names;
  for (const auto& [name, command] : config.processes) names.push_back(name);  // std::map: sorted
  if (names.empty()) names.push_back("app");
  return names;
}

std::string default_process_group(const FlyConfig& config) {
  auto names = process_group_names(config);
  return contains(names, "app") ? "app" : names.front();
}

bool applies_to_group(const FlyConfig& config, const std::string& group,
                      const std::vector<std::string>& processes) {
  if (processes.empty()) return group == default_process_group(config);
  return contains(processes, group);
}

FlyConfig flatten_for_group(const FlyConfig& config, const std::string& group_name) {
  const std::string group = group_name.empty() ? default_process_group(config) : group_name;
  FlyConfig flat = config;

  flat.processes.clear();
  if (auto found = config.processes.find(group); found != config.processes.end())
    flat.processes.insert(*found);

  flat.checks.clear();
  for (const auto& [name, check] : config.checks) {
    if (!applies_to_group(config, group, check.processes)) continue;
    flat.checks[name] = check;
    flat.checks[name].processes = {group};
  }

  flat.http_service.reset();
  if (config.http_service && applies_to_group(config, group, config.http_service->processes)) {
    flat.http_service = config.http_service;
    flat.http_service->processes = {group};
  }

  flat.services = only_for_group(config, group, config.services);
  flat.mounts = only_for_group(config, group, config.mounts);
  flat.files = only_for_group(config, group, config.files);
  flat.metrics = only_for_group(config, group, config.metrics);
  flat.restart = only_for_group(config, group, config.restart);

  // The most specific [[vm]]: the last one naming the group, else the first without processes
  // (flyctl's lo.MaxBy over the matching sections). A [[vm]] without processes applies to every
  // group, not only the default one.
  const Compute* chosen = nullptr;
  for (const auto& compute : config.vm) {
    bool names_group = contains(compute.processes, group);
    if (!compute.processes.empty() && !names_group) continue;
    if (chosen == nullptr || names_group) chosen = &compute;
  }
  flat.vm.clear();
  if (chosen) {
    flat.vm.push_back(*chosen);
    flat.vm.back().processes = {group};
    if (!chosen->host_dedication_id.empty()) flat.host_dedication_id = chosen->host_dedication_id;
  }
  return flat;
}

}  // namespace raxol::fly
