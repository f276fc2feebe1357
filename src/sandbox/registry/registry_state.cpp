#include "sandbox/registry/registry_state.h"

#include <map>
#include <mutex>

namespace raxol::sandbox::registry {

std::shared_ptr<RegistryState> RegistryState::open(const std::filesystem::path& state_dir) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::weak_ptr<RegistryState>> open_states;
  auto key = std::filesystem::absolute(state_dir).lexically_normal();
  if (!key.has_filename()) key = key.parent_path();  // "dir/" and "dir" are one directory
  std::lock_guard lock(mutex);
  if (auto existing = open_states[key].lock()) return existing;
  auto state = std::make_shared<RegistryState>(key);
  open_states[key] = state;
  // Forget the entries whose state is gone, so that a test run's many directories do not pile up.
  for (auto it = open_states.begin(); it != open_states.end();)
    it = it->second.expired() ? open_states.erase(it) : std::next(it);
  return state;
}

RegistryState::RegistryState(const std::filesystem::path& state_dir)
    : file_(state_dir / "registry.json",
            {{"repositories", json::object()}, {"tokens", json::object()}}),
      content_dir_(state_dir / "registry") {}

const json* find_repository(const json& document, const std::string& name) {
  if (!document.contains("repositories")) return nullptr;
  const auto& repositories = document["repositories"];
  auto found = repositories.find(name);
  return found == repositories.end() ? nullptr : &*found;
}

json& repository_record(json& document, const std::string& name) {
  auto& record = document["repositories"][name];
  for (const char* field : {"blobs", "manifests", "tags"})
    if (!record.contains(field)) record[field] = json::object();
  return record;
}

std::string resolve_manifest(const json& repository, const std::string& reference) {
  const json empty = json::object();
  const json& manifests = repository.contains("manifests") ? repository["manifests"] : empty;
  const json& tags = repository.contains("tags") ? repository["tags"] : empty;
  if (reference.find(':') != std::string::npos)
    return manifests.contains(reference) ? reference : std::string();
  auto tag = tags.find(reference);
  if (tag == tags.end() || !tag->is_string()) return {};
  return manifests.contains(tag->get<std::string>()) ? tag->get<std::string>() : std::string();
}

}  // namespace raxol::sandbox::registry
