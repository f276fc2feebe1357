// The parts of Cloudflare's Project and Deployment objects the target reads (protocol notes
// §2.2, §2.8), parsed without throwing: missing or null fields keep their defaults.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace raxol::cloudflare_pages {

struct Stage {
  std::string name;    // queued | initialize | clone_repo | build | deploy
  std::string status;  // success | idle | active | failure | canceled
  std::string started_on;
  std::string ended_on;
};

struct Deployment {
  std::string id;
  std::string short_id;
  std::string project_name;
  std::string environment;  // production | preview
  std::string url;
  std::vector<std::string> aliases;
  std::string created_on;
  std::string trigger_type;  // ad_hoc for direct uploads
  std::string branch;
  std::string commit_hash;
  std::string commit_message;
  bool commit_dirty = false;
  Stage latest_stage;
  std::vector<Stage> stages;

  // Our rule (§2.9): done when the deploy stage succeeded; failed when any stage failed or was
  // canceled.
  bool succeeded() const {
    return latest_stage.name == "deploy" && latest_stage.status == "success";
  }
  bool failed() const;
  // "deploy: success", for people.
  std::string stage_text() const;
  // The first alias on pages.dev, else the url.
  std::string preferred_url() const;
};

struct Project {
  std::string name;
  std::string subdomain;  // "<name>.pages.dev", or "<name>-xyz.pages.dev" when the name was taken
  std::string production_branch;
  std::string created_on;
  std::optional<Deployment> canonical;  // what production serves
  std::optional<Deployment> latest;     // the newest deployment of any branch
  // Environment variables: environment ("production", "preview") -> name -> type
  // ("secret_text", "plain_text"). Only types are read; the service never returns secret values.
  std::map<std::string, std::map<std::string, std::string>> env_var_types;
};

Deployment deployment_from_json(const nlohmann::json& json);
Project project_from_json(const nlohmann::json& json);
nlohmann::json deployment_summary(const Deployment& deployment);

}  // namespace raxol::cloudflare_pages
