// Works out a Pages deploy without changing anything: walks and hashes the folder, reads the
// project and the deployment serving the branch, and asks check-missing which assets the
// service lacks. check-missing is a POST, but it only answers a question (it stores and
// changes nothing), so plan() stays read-only; no upload, upsert or deployment happens here.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "raxol/context.h"
#include "raxol/target.h"
#include "targets/cloudflare_pages/api/pages_client.h"
#include "targets/cloudflare_pages/assets/hasher.h"
#include "targets/cloudflare_pages/deploy/commit_info.h"
#include "targets/cloudflare_pages/deploy/pages_settings.h"

namespace raxol::cloudflare_pages {

struct PagesPlanDetail : PlanDetail {
  PagesSettings settings;
  std::string account;
  std::optional<Project> project;  // nullopt: it does not exist yet and apply creates it
  std::string production_branch;
  std::string branch;
  std::string environment;  // production | preview
  CommitInfo commit;
  std::filesystem::path root;  // the folder (canonical); assets are read at root / path
  std::vector<Asset> assets;
  std::optional<std::string> headers;
  std::optional<std::string> redirects;
  std::vector<size_t> missing;  // indices into assets
  std::uint64_t total_bytes = 0;
  std::uint64_t missing_bytes = 0;
  std::optional<UploadJwt> jwt;       // fetched by the plan, reused while fresh
  std::string digest;                 // site_digest of assets and rule files
  std::optional<Deployment> current;  // what the branch serves now
  bool current_matches = false;       // `current` is known to serve exactly these files
  std::vector<std::string> warnings;
  std::chrono::steady_clock::time_point started;
  std::chrono::seconds wait_timeout{300};  // for the deployment's stages to finish

  nlohmann::json to_json() const override;
};

// A config error (exit code 2) when `files` is over the upload token's limit.
Status check_file_count(const PagesSettings& settings, size_t files, size_t allowed);

Result<Plan> plan_pages_deploy(Context& context, PagesClient& client, const TargetSpec& spec,
                               const PagesSettings& settings, const DeployRequest& request);

}  // namespace raxol::cloudflare_pages
