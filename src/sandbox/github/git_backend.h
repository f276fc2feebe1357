// The git side of the GitHub emulator: bare repositories under STATE/github/repos/<owner>/
// <repo>.git, created on first use, served through the real `git http-backend` as a CGI
// program (so pushes and fetches go through real git on both ends), plus the two things the
// emulator does to a repository by itself: read a branch tip, and land a "concurrent
// publisher" commit.
#pragma once

#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "raxol/process.h"
#include "raxol/result.h"

namespace raxol::sandbox::github {

class GitBackend {
 public:
  explicit GitBackend(std::filesystem::path repos_dir);

  const std::filesystem::path& repos_dir() const { return repos_dir_; }
  std::filesystem::path repo_path(const std::string& owner, const std::string& repo) const;
  // Creates the bare repository when it does not exist yet (default branch main).
  Status ensure_repo(const std::string& owner, const std::string& repo);
  // The commit refs/heads/<branch> points at, or "" when the branch does not exist.
  std::string branch_tip(const std::string& owner, const std::string& repo,
                         const std::string& branch);
  // Commits concurrent/<n>.txt on top of `branch` (creating the branch when absent), as
  // another publisher would; returns the new tip.
  Result<std::string> land_concurrent_commit(const std::string& owner, const std::string& repo,
                                             const std::string& branch);
  // Runs `git http-backend` for the request (`path_info` = "/owner/repo.git/...") as
  // `remote_user` and copies its CGI answer into `response`.
  void serve(const httplib::Request& request, httplib::Response& response,
             const std::string& path_info, const std::string& remote_user);

 private:
  Result<ProcessResult> git(const std::filesystem::path& git_dir, std::vector<std::string> args,
                            std::string stdin_data = {},
                            std::map<std::string, std::string> env = {});

  std::filesystem::path repos_dir_;
  std::unique_ptr<ProcessRunner> processes_;
  std::mutex create_mutex_;
  std::atomic<int> concurrent_counter_{0};
};

}  // namespace raxol::sandbox::github
