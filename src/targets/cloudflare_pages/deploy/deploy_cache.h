// A local record of what raxol-deploy deployed: deployment id -> site digest, one small JSON
// file per account and project under $XDG_CACHE_HOME/raxol-deploy/cloudflare-pages/ (default
// ~/.cache). Cloudflare's API does not return a deployment's file list, so this is how a plan
// can say "no changes" without uploading or creating anything. Without a record (another
// machine, a fresh CI runner) the plan cannot know, and deploys; check-missing still keeps it
// from uploading anything already stored.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "raxol/environment.h"
#include "raxol/filesystem.h"

namespace raxol::cloudflare_pages {

class DeployCache {
 public:
  DeployCache(FileSystem& fs, const Environment& env, const std::string& account,
              const std::string& project);

  std::optional<std::string> digest_of(const std::string& deployment_id) const;
  // Records the digest; keeps the newest 100 records. Failing to write is not an error.
  void remember(const std::string& deployment_id, const std::string& digest);

  const std::filesystem::path& file() const { return file_; }

 private:
  FileSystem& fs_;
  std::filesystem::path file_;
};

}  // namespace raxol::cloudflare_pages
