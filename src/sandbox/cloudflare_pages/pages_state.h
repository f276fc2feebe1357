// The Cloudflare Pages emulator's world: projects and deployment records in one small JSON
// document (STATE/cloudflare-pages.json, shared by every process serving the state directory);
// manifests and rule files per deployment under STATE/cloudflare-pages/deployments/<id>/, and
// asset bytes in the AssetStore. Time-based behaviour is computed, not stored: a deployment's
// stages follow from its creation time and the stage time it was created with, and production
// serves the newest of the "went live" events (a deployment succeeding, a rollback) that have
// happened by now.
//
// Layout: {"projects": {"<name>": {id, name, subdomain, production_branch, created_ms,
//            deployment_ids: [oldest first], live_events: [{id, at_ms}]}},
//          "deployments": {"<id>": {id, project, environment, branch, commit_hash,
//            commit_message, commit_dirty, created_ms, stage_ms, fails, files}}}
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "sandbox/state_file.h"

namespace raxol::sandbox::cloudflare_pages {

using nlohmann::json;

inline constexpr int kStageCount = 5;  // queued, initialize, clone_repo, build, deploy

class PagesState {
 public:
  explicit PagesState(std::filesystem::path file);
  // Runs `change` under the state lock; saves when it returns true.
  void update(const std::function<bool(json&)>& change);
  void read(const std::function<void(const json&)>& read);

 private:
  StateFile file_;
};

// "2026-11-27T02:46:53.120Z": the API's timestamps, with milliseconds.
std::string timestamp(std::int64_t ms);

// "fix/api" -> "fix-api": Cloudflare's branch alias (lower-case, other characters -> '-').
std::string branch_alias(const std::string& branch);

json* find_project(json& document, const std::string& name);
const json* find_deployment(const json& document, const std::string& id_or_short_id);

// When the deployment's deploy stage ends; whether it ends in success.
std::int64_t finished_at_ms(const json& record);
bool succeeds(const json& record);
bool succeeded_by(const json& record, std::int64_t now);

// The id of the deployment production serves at `now` ("" when none).
std::string live_deployment_id(const json& project, std::int64_t now);

// The API's Deployment and Project objects.
json deployment_view(const json& record, const json& project, std::int64_t now);
json project_view(const json& project, const json& document, std::int64_t now);

}  // namespace raxol::sandbox::cloudflare_pages
