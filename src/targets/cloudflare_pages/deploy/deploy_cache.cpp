#include "targets/cloudflare_pages/deploy/deploy_cache.h"

#include <nlohmann/json.hpp>

#include "system/user_paths.h"

namespace raxol::cloudflare_pages {

namespace {
constexpr size_t kMaxRecords = 100;

std::string safe_name(const std::string& text) {
  std::string out;
  for (char c : text)
    out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
  return out.empty() ? std::string("_") : out;
}
}  // namespace

DeployCache::DeployCache(FileSystem& fs, const Environment& env, const std::string& account,
                         const std::string& project)
    : fs_(fs) {
  const auto base = user_cache_dir(env);
  if (base.empty()) return;
  file_ = base / "cloudflare-pages" / safe_name(account) / (safe_name(project) + ".json");
}

std::optional<std::string> DeployCache::digest_of(const std::string& deployment_id) const {
  if (file_.empty() || deployment_id.empty()) return std::nullopt;
  auto text = fs_.read_file(file_);
  if (!text.ok()) return std::nullopt;
  auto json = nlohmann::json::parse(*text, nullptr, false);
  if (!json.is_object() || !json.contains("deployments") || !json["deployments"].is_array())
    return std::nullopt;
  for (const auto& record : json["deployments"])
    if (record.is_object() && record.value("id", "") == deployment_id)
      return record.value("digest", "");
  return std::nullopt;
}

void DeployCache::remember(const std::string& deployment_id, const std::string& digest) {
  if (file_.empty()) return;
  nlohmann::json records = nlohmann::json::array();
  if (auto text = fs_.read_file(file_); text.ok()) {
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_object() && json.contains("deployments") && json["deployments"].is_array())
      records = json["deployments"];
  }
  nlohmann::json record = {{"id", deployment_id}, {"digest", digest}};
  records.insert(records.begin(), std::move(record));
  while (records.size() > kMaxRecords) records.erase(records.end() - 1);
  if (!fs_.create_directories(file_.parent_path()).ok()) return;
  (void)fs_.write_file_atomic(file_, nlohmann::json{{"deployments", records}}.dump(1) + "\n");
}

}  // namespace raxol::cloudflare_pages
