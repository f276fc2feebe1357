// The emulated Pages sites and their builds, one JSON document in STATE/github.json shared by
// every process serving the state directory. A build's progress is derived from timestamps
// when it is read (queued for the first third of build_ms, then building, then built or
// errored), so no background thread is needed and all processes agree.
//
// Layout: {"sites": {"<owner>/<repo>": {owner, repo, cname, certificate (pages_certificate.h),
//            https_enforced, build_type, source: {branch, path}, public, builds: [{id, commit,
//            pusher, created_ms, done_ms, result, error}], oldest first}}, "next_build_id": N}
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "sandbox/state_file.h"

namespace raxol::sandbox::github {

using nlohmann::json;

class PagesState {
 public:
  explicit PagesState(std::filesystem::path file);
  // Runs `change` on the document under the lock; saved when it returns true.
  void update(const std::function<bool(json&)>& change) { file_.update(change); }
  void read(const std::function<void(const json&)>& read) { file_.read(read); }

  // The source branch of the legacy site of owner/repo, or nullopt (no site, or workflow).
  std::optional<std::string> source_branch(const std::string& slug);
  // Records a build of `commit` for the site, started at `now` (epoch ms). A push
  // (`requested` false) is skipped when the newest build is already of that commit; a
  // requested rebuild never is.
  void add_build(const std::string& slug, const std::string& commit, const std::string& pusher,
                 int build_ms, const std::string& error, std::int64_t now, bool requested = false);

 private:
  StateFile file_;
};

// The API's representations (`api_base` = "http://127.0.0.1:PORT/api/v3").
json site_json(const json& site, const std::string& api_base, std::int64_t now);
json build_json(const json& site, const json& build, const std::string& api_base, std::int64_t now);
// "queued" | "building" | "built" | "errored" at `now`.
std::string build_status(const json& build, std::int64_t now);

}  // namespace raxol::sandbox::github
